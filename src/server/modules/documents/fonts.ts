import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The fonts of every printed form: DejaVu Serif (a full TrueType font with every precomposed
 * Vietnamese letter, U+1EA0–U+1EF9), read from the `dejavu-fonts-ttf` package once per process
 * and embedded (subset) by pdfkit in each PDF. Serif, because official documents are set in a
 * serif face (NĐ 30/2020: Times New Roman); the condensed cut fits the 14 columns of Mẫu 06.
 */
const FILES = {
  regular: "DejaVuSerif.ttf",
  bold: "DejaVuSerif-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
  condensed: "DejaVuSerifCondensed.ttf",
  condensedBold: "DejaVuSerifCondensed-Bold.ttf",
} as const;

export type FontName = keyof typeof FILES;
export const FONT_NAMES = Object.keys(FILES) as FontName[];

let cache: Readonly<Record<FontName, Buffer>> | null = null;

function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

/** The font files' bytes, read on first use and kept. */
export function fontBytes(): Readonly<Record<FontName, Buffer>> {
  if (!cache) {
    const directory = fontDirectory();
    const loaded = {} as Record<FontName, Buffer>;
    for (const name of FONT_NAMES) loaded[name] = readFileSync(join(directory, FILES[name]));
    cache = loaded;
  }
  return cache;
}
