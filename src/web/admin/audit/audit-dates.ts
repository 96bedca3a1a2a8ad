import { isoDate, parseIsoDate, VIETNAM_OFFSET } from "../../lib/wall-clock.ts";

export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null;

/** The first instant of a day in Vietnam time: `2026-03-02` → `2026-03-02T00:00:00+07:00`. */
export function dayStart(date: string): string {
  return `${date}T00:00:00${VIETNAM_OFFSET}`;
}

/** The first instant after a day in Vietnam time, so that "to 02/03" includes all of 02/03. */
export function dayEndExclusive(date: string): string {
  const day = parseIsoDate(date);
  if (!day) return dayStart(date);
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return dayStart(
    isoDate({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }),
  );
}
