import { DomainError } from "../errors.ts";
import type { CalendarSpec, DayOverride } from "./spec.ts";

/**
 * The schedule the Government fixes for one year (CAL-4): the actual Tết days, swapped days off and
 * the Saturdays worked in exchange. Importing it makes the year "official": the CAL-2/CAL-3 defaults
 * stop applying to it and only weekends + overrides count.
 */
export interface OfficialYearSchedule {
  year: number;
  /** Source of the schedule, e.g. the VPCP letter number. */
  source?: string;
  days: readonly DayOverride[];
}

function assertDaysInYear(schedule: OfficialYearSchedule): void {
  const prefix = `${schedule.year}-`;
  const stray = schedule.days.find((day) => !day.date.startsWith(prefix));
  if (stray) {
    throw new DomainError(
      "CAL_SCHEDULE_WRONG_YEAR",
      `Ngày ${stray.date} không thuộc lịch chính thức năm ${schedule.year}.`,
      { rule: "CAL-4", details: { year: schedule.year, date: stray.date } },
    );
  }
}

/**
 * A new spec with the schedule applied: its days replace any override on the same dates, other
 * overrides (e.g. a local day off entered by the agency) are kept, and the year becomes official.
 */
export function applyOfficialSchedule(spec: CalendarSpec, schedule: OfficialYearSchedule): CalendarSpec {
  assertDaysInYear(schedule);
  const replaced = new Set(schedule.days.map((day) => day.date));
  const overrides = [...spec.overrides.filter((day) => !replaced.has(day.date)), ...schedule.days].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  const officialYears = [...new Set([...spec.officialYears, schedule.year])].sort((a, b) => a - b);
  return { ...spec, overrides, officialYears };
}
