import type { Ii06aReport } from "../../../contracts/reports.ts";

export type Ii06aColumn = Ii06aReport["columns"][number];

/** The form's three headings over its numbered columns, and motcua's "of which" figures after them. */
export type ColumnGroup = "received" | "resolved" | "inProgress" | "ofWhich";

/** Columns 3–6 are received, 7–10 resolved, 11–13 in progress; unnumbered ones are "of which". */
export function groupOf(column: Pick<Ii06aColumn, "number">): ColumnGroup {
  if (column.number === null) return "ofWhich";
  if (column.number <= 6) return "received";
  return column.number <= 10 ? "resolved" : "inProgress";
}

/** The heading row over the columns: each group once, as wide as its run of columns. */
export function groupSpans(columns: readonly Ii06aColumn[]): { group: ColumnGroup; span: number }[] {
  const spans: { group: ColumnGroup; span: number }[] = [];
  for (const column of columns) {
    const group = groupOf(column);
    const last = spans.at(-1);
    if (last?.group === group) last.span += 1;
    else spans.push({ group, span: 1 });
  }
  return spans;
}
