/** A row of the preview: the entry's fields as typed in the file, whatever their type. */
export interface DraftEntry {
  from: string;
  to: string;
  kind: string;
  name: string;
}

type ScheduleDraft =
  | { status: "empty" }
  | { status: "invalidJson"; message: string }
  | { status: "notSchedule" }
  | { status: "ready"; year: string; source: string; entries: DraftEntry[]; value: unknown };

const text = (value: unknown): string =>
  typeof value === "string" ? value : value === undefined || value === null ? "" : JSON.stringify(value);

/**
 * Reads pasted or uploaded JSON for the preview. Only the shape needed to show it is checked here;
 * the server validates the schedule itself (dates, year, overlaps) and answers with `errors[]`.
 */
export function readScheduleDraft(json: string): ScheduleDraft {
  if (json.trim() === "") return { status: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { status: "invalidJson", message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== "object" || value === null || !("entries" in value) || !Array.isArray(value.entries)) {
    return { status: "notSchedule" };
  }
  const record = value as { year?: unknown; source?: unknown; entries: unknown[] };
  const entries = record.entries.map((entry): DraftEntry => {
    const e = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    return { from: text(e.from), to: text(e.to), kind: text(e.kind), name: text(e.name) };
  });
  return { status: "ready", year: text(record.year), source: text(record.source), entries, value };
}
