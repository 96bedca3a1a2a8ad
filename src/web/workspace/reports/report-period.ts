import { daysInMonth } from "../../../domain/calendar/dates.ts";
import { isoDate, parseIsoDate, vietnamWallClock } from "../../lib/wall-clock.ts";

/** How a report's period is chosen: a month, a quarter, a half-year, a year, or any range of days. */
export const PERIOD_KINDS = ["month", "quarter", "half", "year", "range"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** First and last day, `YYYY-MM-DD`, both included (Vietnam time), as the server takes them. */
export interface Period {
  from: string;
  to: string;
}

/** A whole-month period: its kind, year and which one of the year (month 1–12, quarter 1–4, half 1–2). */
export interface PeriodChoice {
  kind: Exclude<PeriodKind, "range">;
  year: number;
  index: number;
}

const MONTHS: Record<PeriodChoice["kind"], number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** How many of each kind a year has (12 months, 4 quarters, 2 halves, 1 year). */
export const perYear = (kind: PeriodChoice["kind"]) => 12 / MONTHS[kind];

/** The days of a month, quarter, half-year or year. */
export function periodOf({ kind, year, index }: PeriodChoice): Period {
  const firstMonth = (index - 1) * MONTHS[kind] + 1;
  const lastMonth = firstMonth + MONTHS[kind] - 1;
  return {
    from: isoDate({ year, month: firstMonth, day: 1 }),
    to: isoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

/** The choice a period is, or null when it is not exactly a month, quarter, half-year or year. */
export function choiceOf({ from, to }: Period): PeriodChoice | null {
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  if (!first || !last || first.year !== last.year || first.day !== 1) return null;
  if (last.day !== daysInMonth(last.year, last.month)) return null;
  const months = last.month - first.month + 1;
  for (const kind of ["month", "quarter", "half", "year"] as const) {
    if (months === MONTHS[kind] && (first.month - 1) % MONTHS[kind] === 0) {
      return { kind, year: first.year, index: (first.month - 1) / MONTHS[kind] + 1 };
    }
  }
  return null;
}

/** The month, quarter, half-year or year that holds a day (`YYYY-MM-DD`; null when it is not a day). */
export function choiceAt(kind: PeriodChoice["kind"], day: string): PeriodChoice | null {
  const date = parseIsoDate(day);
  return date ? { kind, year: date.year, index: Math.floor((date.month - 1) / MONTHS[kind]) + 1 } : null;
}

/** The default period: last month, in Vietnam time (the month a monthly report is due for). */
export function lastMonth(now: number): Period {
  const today = vietnamWallClock(now);
  const month = today.month === 1 ? 12 : today.month - 1;
  return periodOf({ kind: "month", year: today.month === 1 ? today.year - 1 : today.year, index: month });
}

/** What is wrong with a period, as a message key; null when it can be asked for. */
export function periodProblem({ from, to }: Period): "reports.periodMissing" | "reports.periodOrder" | null {
  if (!parseIsoDate(from) || !parseIsoDate(to)) return "reports.periodMissing";
  return from > to ? "reports.periodOrder" : null;
}
