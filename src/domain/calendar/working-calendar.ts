import { DomainError } from "../errors.ts";
import {
  civilFromDayNumber,
  dayNumberFromIso,
  MAX_YEAR,
  MIN_YEAR,
  MS_PER_MINUTE,
  tryParseClockTime,
} from "./dates.ts";
import { createDayResolver, type ResolvedDay } from "./resolve-day.ts";
import type { CalendarSpec } from "./spec.ts";
import { assertValidCalendarSpec } from "./validate-spec.ts";
import {
  buildYearTable,
  type DailyPeriods,
  instantAfterWorked,
  periodAtOrBefore,
  workedUntil,
  workingInstantInYear,
  type YearTable,
  yearOfInstant,
  yearOutOfRange,
} from "./year-table.ts";

/**
 * Working time of one calendar spec (CAL-1..CAL-4), on instants (epoch ms, UTC) read in Vietnam
 * time. Per-year tables are built on first use and kept, so each query is a table lookup plus at
 * most one binary search (O(log n)), never a walk over minutes or days.
 *
 * Conventions:
 * - a working period is [start, end): 11:30 and 17:00 are not working instants;
 * - adding working time that ends exactly at a period end returns that end (17:00), not the next
 *   opening; adding 0 returns the next working instant;
 * - instants and durations may carry seconds or milliseconds; minutes in the API may be fractional.
 * The spec must not be mutated after the calendar is created.
 */
export interface WorkingCalendar {
  readonly spec: CalendarSpec;
  /** Working minutes in one working day: the sum of the spec's periods (480 by default, CAL-1). */
  readonly minutesPerDay: number;
  /** Opening time of a working day (start of its first period), minutes since midnight. */
  readonly opensAtMinute: number;
  /** Closing time of a working day (end of its last period), minutes since midnight. */
  readonly closesAtMinute: number;
  isWorkingInstant(instant: number): boolean;
  /** `instant` itself when working, else the start of the next working period (CAL-6). */
  nextWorkingInstant(instant: number): number;
  addWorkingMinutes(instant: number, minutes: number): number;
  /** Working minutes in [a, b); 0 when b <= a. */
  workingMinutesBetween(a: number, b: number): number;
  addWorkingMs(instant: number, ms: number): number;
  workingMsBetween(a: number, b: number): number;
  isWorkingDay(date: string): boolean;
  resolveDay(date: string): ResolvedDay;
  /** Same as {@link resolveDay} with a day number (days since 1970-01-01). */
  resolveDayNumber(dayNumber: number): ResolvedDay;
  /** Every date of a year with working/kind/name, for the year view. */
  daysOfYear(year: number): readonly ResolvedDay[];
}

function dailyPeriods(spec: CalendarSpec): DailyPeriods {
  return spec.workingHours.map(
    (period) => [tryParseClockTime(period.start) as number, tryParseClockTime(period.end) as number] as const,
  );
}

function assertAmount(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new DomainError("CAL_AMOUNT_INVALID", `${what} phải là số hữu hạn không âm (nhận được ${value}).`);
  }
}

/** Builds the working calendar of a spec; throws `CAL_SPEC_INVALID` if the spec has issues. */
export function createWorkingCalendar(spec: CalendarSpec): WorkingCalendar {
  assertValidCalendarSpec(spec);
  const daily = dailyPeriods(spec);
  const resolve = createDayResolver(spec);
  const tables: (YearTable | undefined)[] = new Array(MAX_YEAR - MIN_YEAR + 1).fill(undefined);
  let lastTable: YearTable | undefined;

  function tableOf(year: number): YearTable {
    let table = tables[year - MIN_YEAR];
    if (!table) {
      if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw yearOutOfRange(year);
      table = buildYearTable(year, resolve, daily);
      tables[year - MIN_YEAR] = table;
    }
    lastTable = table;
    return table;
  }

  /** The table of the year holding `instant`; the last one used is tried first. */
  function tableAt(instant: number): YearTable {
    const last = lastTable;
    if (last !== undefined && instant >= last.firstInstant && instant < last.endInstant) return last;
    return tableOf(yearOfInstant(instant));
  }

  function isWorkingInstant(instant: number): boolean {
    const table = tableAt(instant);
    const index = periodAtOrBefore(table, instant);
    return index >= 0 && instant < (table.ends[index] as number);
  }

  function nextWorkingInstant(instant: number): number {
    let table = tableAt(instant);
    let found = workingInstantInYear(table, instant);
    while (found === undefined) {
      table = tableOf(table.year + 1);
      found = table.starts[0];
    }
    return found;
  }

  function addWorkingMs(instant: number, ms: number): number {
    assertAmount(ms, "Thời gian cộng thêm");
    if (ms === 0) return nextWorkingInstant(instant);
    let table = tableAt(instant);
    let worked = workedUntil(table, instant);
    let remaining = ms;
    while (worked + remaining > table.total) {
      remaining -= table.total - worked;
      table = tableOf(table.year + 1);
      worked = 0;
    }
    return instantAfterWorked(table, worked + remaining);
  }

  function workingMsBetween(a: number, b: number): number {
    if (!(b > a)) return 0;
    const first = tableAt(a);
    const workedAtA = workedUntil(first, a);
    const last = tableAt(b);
    if (first === last) return workedUntil(last, b) - workedAtA;
    let total = first.total - workedAtA;
    for (let year = first.year + 1; year < last.year; year += 1) total += tableOf(year).total;
    return total + workedUntil(tableOf(last.year), b);
  }

  function resolveDayNumber(dayNumber: number): ResolvedDay {
    const table = tableOf(civilFromDayNumber(dayNumber).year);
    return table.days[dayNumber - table.firstDayNumber] as ResolvedDay;
  }

  const first = daily[0] as readonly [number, number];
  const last = daily[daily.length - 1] as readonly [number, number];
  return {
    spec,
    minutesPerDay: daily.reduce((sum, [start, end]) => sum + end - start, 0),
    opensAtMinute: first[0],
    closesAtMinute: last[1],
    isWorkingInstant,
    nextWorkingInstant,
    addWorkingMs,
    workingMsBetween,
    addWorkingMinutes: (instant, minutes) => {
      assertAmount(minutes, "Số phút làm việc");
      return addWorkingMs(instant, Math.round(minutes * MS_PER_MINUTE));
    },
    workingMinutesBetween: (a, b) => workingMsBetween(a, b) / MS_PER_MINUTE,
    resolveDayNumber,
    resolveDay: (date) => resolveDayNumber(dayNumberFromIso(date)),
    isWorkingDay: (date) => resolveDayNumber(dayNumberFromIso(date)).working,
    daysOfYear: (year) => tableOf(year).days,
  };
}
