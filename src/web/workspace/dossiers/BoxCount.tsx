import { Badge } from "@mantine/core";
import type { InboxBox } from "../../../contracts/dossiers.ts";

/** Filled (a dark shade) when there are dossiers; light (a colour name, Mantine picks the text colour) when none. */
const COLOR: Partial<Record<InboxBox, string>> = { overdue: "red", due_soon: "orange" };
const FILLED: Partial<Record<InboxBox, string>> = { overdue: "red.9", due_soon: "orange.9" };

/** The number of dossiers in a box ("…" while it loads); overdue in red, due soon in orange. */
export function BoxCount({ box, count }: { box: InboxBox; count: number | null }) {
  return (
    <Badge
      color={count ? (FILLED[box] ?? "brand.7") : (COLOR[box] ?? "brand")}
      variant={count ? "filled" : "light"}
      radius="sm"
      data-testid={`inbox-count-${box}`}
      data-count={count ?? ""}
    >
      {count ?? "…"}
    </Badge>
  );
}
