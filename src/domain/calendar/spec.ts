/**
 * The calendar specification of an agency: plain JSON (stored in PostgreSQL, shipped to the
 * browser), turned into a fast {@link import("./working-calendar.ts").WorkingCalendar} by
 * `createWorkingCalendar`.
 */

/**
 * What an administrator can say about one date (CAL-4):
 * - `holiday`: a public holiday (e.g. the official Tết days);
 * - `day_off`: any other day off — compensatory (nghỉ bù) or swapped (hoán đổi);
 * - `working_day`: a day worked although it would be off, typically a Saturday (làm bù).
 */
export type DayKind = "holiday" | "day_off" | "working_day";

export const DAY_KINDS: readonly DayKind[] = ["holiday", "day_off", "working_day"];

export interface DayOverride {
  /** `YYYY-MM-DD`, Vietnam date. */
  date: string;
  kind: DayKind;
  /** Vietnamese label shown on the year view, e.g. "Tết Nguyên đán", "Làm bù cho thứ Sáu 02/01". */
  name: string;
}

/** A working period of every working day, local time `HH:MM`, start inclusive, end exclusive. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface CalendarSpec {
  /** Sorted, non-overlapping periods of a working day (CAL-1). */
  workingHours: readonly WorkingPeriod[];
  /** Dates that differ from the defaults; they always win. */
  overrides: readonly DayOverride[];
  /** Apply the CAL-2/CAL-3 default holidays to years not listed in `officialYears`. */
  useDefaultHolidays: boolean;
  /** Years whose official schedule was imported: only weekends + overrides apply there (CAL-4). */
  officialYears: readonly number[];
}

/** CAL-1 default office hours: 07:30–11:30 and 13:00–17:00, 8 working hours a day. */
export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = [
  { start: "07:30", end: "11:30" },
  { start: "13:00", end: "17:00" },
];

export const DEFAULT_CALENDAR_SPEC: CalendarSpec = {
  workingHours: DEFAULT_WORKING_HOURS,
  overrides: [],
  useDefaultHolidays: true,
  officialYears: [],
};
