import { civilFromDayNumber, dayNumberFromIso, isoFromDayNumber, weekdayOf } from "./dates.ts";
import { defaultHolidays } from "./holidays.ts";
import type { CalendarSpec, DayKind } from "./spec.ts";

/**
 * What a date is, once weekend, default holidays and overrides are combined:
 * - `weekday`: an ordinary Monday–Friday (working);
 * - `weekend`: an ordinary Saturday or Sunday (not working);
 * - `holiday` / `day_off` / `working_day`: as in {@link DayKind}; default holidays (CAL-2) are
 *   `holiday`, default compensatory days (CAL-3) are `day_off`.
 */
type ResolvedDayKind = "weekday" | "weekend" | DayKind;

export interface ResolvedDay {
  date: string;
  working: boolean;
  kind: ResolvedDayKind;
  name: string;
}

interface DayEntry {
  kind: DayKind;
  name: string;
}

const WEEKDAY_NAME = "Ngày làm việc";
const SATURDAY_NAME = "Thứ Bảy";
const SUNDAY_NAME = "Chủ nhật";

function ordinaryDay(dayNumber: number): Omit<ResolvedDay, "date"> {
  const weekday = weekdayOf(dayNumber);
  if (weekday === 6) return { working: false, kind: "weekend", name: SATURDAY_NAME };
  if (weekday === 0) return { working: false, kind: "weekend", name: SUNDAY_NAME };
  return { working: true, kind: "weekday", name: WEEKDAY_NAME };
}

function defaultEntries(year: number): Map<number, DayEntry> {
  const entries = new Map<number, DayEntry>();
  for (const holiday of defaultHolidays(year)) {
    const kind: DayKind = holiday.kind === "holiday" ? "holiday" : "day_off";
    entries.set(dayNumberFromIso(holiday.date), { kind, name: holiday.name });
  }
  return entries;
}

/**
 * A resolver for one spec: day number → resolved day. Override wins; then, for years that are not
 * official (CAL-4) and when enabled, the default holidays; then the ordinary week (CAL-1).
 * Default holidays are computed once per year and kept by the resolver.
 */
export function createDayResolver(spec: CalendarSpec): (dayNumber: number) => ResolvedDay {
  const overrides = new Map<number, DayEntry>();
  for (const override of spec.overrides) {
    overrides.set(dayNumberFromIso(override.date), { kind: override.kind, name: override.name });
  }
  const officialYears = new Set(spec.officialYears);
  const defaultsByYear = new Map<number, Map<number, DayEntry>>();

  function defaultsOf(year: number): Map<number, DayEntry> | undefined {
    if (!spec.useDefaultHolidays || officialYears.has(year)) return undefined;
    let entries = defaultsByYear.get(year);
    if (!entries) {
      entries = defaultEntries(year);
      defaultsByYear.set(year, entries);
    }
    return entries;
  }

  return (dayNumber) => {
    const date = isoFromDayNumber(dayNumber);
    const entry = overrides.get(dayNumber) ?? defaultsOf(civilFromDayNumber(dayNumber).year)?.get(dayNumber);
    if (entry) return { date, working: entry.kind === "working_day", kind: entry.kind, name: entry.name };
    return { date, ...ordinaryDay(dayNumber) };
  };
}

/** What `date` (`YYYY-MM-DD`) is under `spec`: weekend + defaults + overrides (overrides win). */
export function resolveDay(spec: CalendarSpec, date: string): ResolvedDay {
  return createDayResolver(spec)(dayNumberFromIso(date));
}
