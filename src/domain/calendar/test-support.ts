import {
  formatVietnamInstant,
  localDayNumber,
  localMsOfDay,
  MS_PER_MINUTE,
  tryParseClockTime,
  vietnamInstant,
  yearStartInstant,
} from "./dates.ts";
import { applyOfficialSchedule } from "./official-schedule.ts";
import { createDayResolver } from "./resolve-day.ts";
import { type CalendarSpec, DEFAULT_CALENDAR_SPEC } from "./spec.ts";
import { VIETNAM_2026 } from "./vietnam-2026.ts";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar.ts";

/** Helpers shared by the calendar and deadline tests (not used by production code). */

/** Vietnam wall clock `YYYY-MM-DDTHH:MM` → instant. */
export const at = vietnamInstant;
/** Instant → Vietnam wall clock `YYYY-MM-DDTHH:MM`, for readable assertions. */
export const show = formatVietnamInstant;

export const OFFICIAL_2026_SPEC: CalendarSpec = applyOfficialSchedule(DEFAULT_CALENDAR_SPEC, VIETNAM_2026);

export function officialCalendar2026(): WorkingCalendar {
  return createWorkingCalendar(OFFICIAL_2026_SPEC);
}

export function defaultCalendar(): WorkingCalendar {
  return createWorkingCalendar(DEFAULT_CALENDAR_SPEC);
}

export function minuteInstantsOfYears(
  fromYear: number,
  toYearExclusive: number,
): { min: number; max: number } {
  return {
    min: yearStartInstant(fromYear) / MS_PER_MINUTE,
    max: yearStartInstant(toYearExclusive) / MS_PER_MINUTE - 1,
  };
}

/**
 * A deliberately naive oracle: walks minute by minute and asks, for each minute, whether its day is
 * working (weekend + defaults + overrides) and whether it lies in a working period. Instants must be
 * whole minutes.
 */
export function naiveMinuteWalker(spec: CalendarSpec) {
  const resolve = createDayResolver(spec);
  const dayCache = new Map<number, boolean>();
  const periods = spec.workingHours.map((p) => [
    tryParseClockTime(p.start) ?? 0,
    tryParseClockTime(p.end) ?? 0,
  ]);
  const isWorkingMinute = (instant: number): boolean => {
    const day = localDayNumber(instant);
    let working = dayCache.get(day);
    if (working === undefined) {
      working = resolve(day).working;
      dayCache.set(day, working);
    }
    if (!working) return false;
    const minute = localMsOfDay(instant) / MS_PER_MINUTE;
    return periods.some(([start = 0, end = 0]) => minute >= start && minute < end);
  };
  const add = (from: number, minutes: number): number => {
    let instant = from;
    if (minutes === 0) {
      while (!isWorkingMinute(instant)) instant += MS_PER_MINUTE;
      return instant;
    }
    let counted = 0;
    for (;;) {
      if (isWorkingMinute(instant)) {
        counted += 1;
        if (counted === minutes) return instant + MS_PER_MINUTE;
      }
      instant += MS_PER_MINUTE;
    }
  };
  const between = (a: number, b: number): number => {
    let counted = 0;
    for (let instant = a; instant < b; instant += MS_PER_MINUTE) if (isWorkingMinute(instant)) counted += 1;
    return counted;
  };
  return { isWorkingMinute, add, between };
}
