import { DomainError } from "../errors.ts";
import {
  dayNumberFromCivil,
  instantAt,
  localYear,
  MAX_YEAR,
  MIN_YEAR,
  MS_PER_DAY,
  VIETNAM_OFFSET_MS,
  yearStartInstant,
} from "./dates.ts";
import type { ResolvedDay } from "./resolve-day.ts";

/**
 * The working periods of one Vietnam-time year as instants, with a prefix sum of working time:
 * `starts[i]`/`ends[i]` bound period i (start inclusive, end exclusive) and `workedBefore[i]`
 * is the working time (ms) from the start of the year to `starts[i]`; `workedBefore[n]` is the
 * year's total. `firstPeriodOfDay[d]` is the index of the first period on or after day d of the
 * year, so finding the period of an instant is O(1); finding the instant of an amount of working
 * time is a binary search, O(log n) with n ≈ 500.
 */
export interface YearTable {
  readonly year: number;
  /** Day number (days since 1970-01-01) of 1 January of `year`. */
  readonly firstDayNumber: number;
  /** Vietnam-time 1 January 00:00 of `year`, as an instant. */
  readonly firstInstant: number;
  /** Vietnam-time 1 January 00:00 of the next year. */
  readonly endInstant: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly workedBefore: Float64Array;
  /** For day d of the year (0-based, plus one entry past the end): index of its first period. */
  readonly firstPeriodOfDay: Int32Array;
  readonly total: number;
  readonly days: readonly ResolvedDay[];
}

/** Daily working periods as [start, end) minutes since midnight, sorted, non-overlapping. */
export type DailyPeriods = readonly (readonly [number, number])[];

export function buildYearTable(
  year: number,
  resolve: (dayNumber: number) => ResolvedDay,
  daily: DailyPeriods,
): YearTable {
  const firstDay = dayNumberFromCivil(year, 1, 1);
  const endDay = dayNumberFromCivil(year + 1, 1, 1);
  const days: ResolvedDay[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const firstPeriodOfDay = new Int32Array(endDay - firstDay + 1);
  for (let dayNumber = firstDay; dayNumber < endDay; dayNumber += 1) {
    firstPeriodOfDay[dayNumber - firstDay] = starts.length;
    const day = resolve(dayNumber);
    days.push(day);
    if (!day.working) continue;
    for (const [start, end] of daily) {
      starts.push(instantAt(dayNumber, start));
      ends.push(instantAt(dayNumber, end));
    }
  }
  firstPeriodOfDay[endDay - firstDay] = starts.length;
  const workedBefore = new Float64Array(starts.length + 1);
  for (let i = 0; i < starts.length; i += 1) {
    workedBefore[i + 1] = (workedBefore[i] as number) + ((ends[i] as number) - (starts[i] as number));
  }
  return {
    year,
    firstDayNumber: firstDay,
    firstInstant: instantAt(firstDay, 0),
    endInstant: instantAt(endDay, 0),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    workedBefore,
    firstPeriodOfDay,
    total: workedBefore[starts.length] as number,
    days,
  };
}

/** Index of the last period that starts at or before `instant` (in the table's year), or -1. */
export function periodAtOrBefore(table: YearTable, instant: number): number {
  const day = Math.floor((instant + VIETNAM_OFFSET_MS) / MS_PER_DAY) - table.firstDayNumber;
  const { starts, firstPeriodOfDay } = table;
  let index = firstPeriodOfDay[day] as number;
  const end = firstPeriodOfDay[day + 1] as number;
  while (index < end && (starts[index] as number) <= instant) index += 1;
  return index - 1;
}

/** Working time (ms) from the start of the table's year up to `instant` (clamped to the year). */
export function workedUntil(table: YearTable, instant: number): number {
  const index = periodAtOrBefore(table, instant);
  if (index < 0) return 0;
  const start = table.starts[index] as number;
  const length = (table.ends[index] as number) - start;
  return (table.workedBefore[index] as number) + Math.min(instant - start, length);
}

/**
 * The earliest instant at which `worked` ms of the year's working time have elapsed,
 * for 0 < worked <= total. Landing exactly on a period boundary gives the END of the earlier
 * period (17:00 stays 17:00, not the next morning's opening).
 */
export function instantAfterWorked(table: YearTable, worked: number): number {
  const { workedBefore } = table;
  let low = 0;
  let high = table.starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((workedBefore[middle + 1] as number) >= worked) high = middle;
    else low = middle + 1;
  }
  return (table.starts[low] as number) + (worked - (workedBefore[low] as number));
}

/** `instant` if it is inside a working period, else the next period start in the year, else undefined. */
export function workingInstantInYear(table: YearTable, instant: number): number | undefined {
  const index = periodAtOrBefore(table, instant);
  if (index >= 0 && instant < (table.ends[index] as number)) return instant;
  return index + 1 < table.starts.length ? (table.starts[index + 1] as number) : undefined;
}

/** Vietnam-time 1 January 00:00 of every supported year, and of the year after the last. */
const YEAR_STARTS = Float64Array.from({ length: MAX_YEAR - MIN_YEAR + 2 }, (_, index) =>
  yearStartInstant(MIN_YEAR + index),
);
const MEAN_YEAR_MS = 365.2425 * MS_PER_DAY;

/**
 * Vietnam-time year of an instant: an estimate from the mean year, corrected against YEAR_STARTS;
 * a DomainError outside the supported years.
 */
export function yearOfInstant(instant: number): number {
  const last = YEAR_STARTS.length - 1;
  if (!(instant >= (YEAR_STARTS[0] as number) && instant < (YEAR_STARTS[last] as number))) {
    if (!Number.isFinite(instant))
      throw new DomainError("TIME_INVALID", `Thời điểm ${instant} không hợp lệ.`);
    throw yearOutOfRange(localYear(instant));
  }
  let index = Math.min(last - 1, Math.floor((instant - (YEAR_STARTS[0] as number)) / MEAN_YEAR_MS));
  while (instant < (YEAR_STARTS[index] as number)) index -= 1;
  while (instant >= (YEAR_STARTS[index + 1] as number)) index += 1;
  return MIN_YEAR + index;
}

export function yearOutOfRange(year: number): DomainError {
  return new DomainError(
    "CAL_YEAR_OUT_OF_RANGE",
    `Năm ${year} nằm ngoài phạm vi lịch làm việc (${MIN_YEAR}–${MAX_YEAR}).`,
    { details: { year } },
  );
}
