import { createTheme, type MantineColorsTuple } from "@mantine/core";

/** Deep red of Vietnamese government portals; shade 7 on white text passes WCAG AAA (7.8:1). */
const brand: MantineColorsTuple = [
  "#fdeeee",
  "#f8d7d7",
  "#efadad",
  "#e58181",
  "#db5b5b",
  "#d24242",
  "#b82a2a",
  "#9f1f1f",
  "#861818",
  "#6b1111",
];

/** Gold accent: decorative lines, and text on the red band only (shades ≤ 3). Shade 8 is the lightest readable on white. */
const gold: MantineColorsTuple = [
  "#fdf8e9",
  "#f8edc8",
  "#f1dc93",
  "#e9c95c",
  "#e2b935",
  "#d9a91c",
  "#bf9212",
  "#9c760c",
  "#7a5c08",
  "#5a4305",
];

/** Teal text dark enough on a light teal badge (WCAG AA 4.5:1; Mantine's teal-9 gives 4.3). */
export const TEAL_BADGE_TEXT = "#066649";

export const theme = createTheme({
  colors: { brand, gold },
  primaryColor: "brand",
  primaryShade: 7,
  defaultRadius: "sm",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    fontWeight: "700",
  },
  focusRing: "auto",
});
