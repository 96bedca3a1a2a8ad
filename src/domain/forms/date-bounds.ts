import {
  dayNumberFromCivil,
  daysInMonth,
  isoFromCivil,
  isoFromDayNumber,
  tryParseIsoDate,
} from "../calendar/dates.ts";

/**
 * Date bounds of date fields: `YYYY-MM-DD`, or relative to the day of submission (`today`,
 * `today-18y`, `today+30d`, `today-6m`). "Today" is always passed in (Vietnam date), never read
 * from a clock. Adding months or years to the 29th–31st lands on the last day of a shorter month.
 */
const RELATIVE = /^today(?:([+-])(\d{1,4})([dmy]))?$/;

export function isValidDateBound(bound: string): boolean {
  return RELATIVE.test(bound) || tryParseIsoDate(bound) !== undefined;
}

/** The ISO date a bound stands for, or undefined when it is malformed. */
export function resolveDateBound(bound: string, today: string): string | undefined {
  const match = RELATIVE.exec(bound);
  if (!match) return tryParseIsoDate(bound) ? bound : undefined;
  const base = tryParseIsoDate(today);
  if (!base) return undefined;
  if (!match[1]) return today;
  const amount = Number(match[2]) * (match[1] === "-" ? -1 : 1);
  if (match[3] === "d") return isoFromDayNumber(dayNumberFromCivil(base.year, base.month, base.day) + amount);
  const months = match[3] === "y" ? amount * 12 : amount;
  const index = base.year * 12 + (base.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoFromCivil({ year, month, day: Math.min(base.day, daysInMonth(year, month)) });
}

/** `2026-07-09` → `09/07/2026`, as dates are written in Vietnamese. */
export function vietnameseDate(iso: string): string {
  const date = tryParseIsoDate(iso);
  if (!date) return iso;
  return `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;
}

/** Whether a bound depends on the day of submission. */
export function isRelativeBound(bound: string): boolean {
  return bound.startsWith("today");
}
