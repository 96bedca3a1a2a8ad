import type { CalendarChange, OfficialSchedule } from "../../../contracts/calendar.ts";
import {
  type DayOverride,
  dayNumberFromIso,
  isIsoDate,
  isoFromDayNumber,
} from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { appendCalendarRevision } from "./append-calendar-revision.ts";

/**
 * Imports the Government's schedule for a year (CAL-4) into the national calendar: it replaces
 * whatever was entered for that year, and the CAL-2/CAL-3 defaults stop applying to it.
 */
export async function importOfficialSchedule(
  db: Db,
  schedule: OfficialSchedule,
  officerId: string,
): Promise<CalendarChange> {
  const days = expandEntries(schedule);
  const prefix = `${schedule.year}-`;
  return appendCalendarRevision(
    db,
    null,
    (current) => ({
      ...current,
      overrides: [...current.overrides.filter((o) => !o.date.startsWith(prefix)), ...days].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
      officialYears: [...new Set([...current.officialYears, schedule.year])].sort((a, b) => a - b),
    }),
    `Nhập lịch nghỉ chính thức năm ${schedule.year} (${schedule.source}): ${days.length} ngày`,
    officerId,
  );
}

/** Turns the announced ranges into days, refusing bad dates, ranges out of the year, and overlaps. */
function expandEntries(schedule: OfficialSchedule): DayOverride[] {
  const seen = new Map<string, number>();
  const days: DayOverride[] = [];
  schedule.entries.forEach((entry, index) => {
    const path = `entries.${index}`;
    if (!isIsoDate(entry.from) || !isIsoDate(entry.to))
      fail(path, `Ngày ${entry.from}–${entry.to} không tồn tại.`);
    const first = dayNumberFromIso(entry.from);
    const last = dayNumberFromIso(entry.to);
    if (last < first)
      fail(path, `Khoảng ngày ${entry.from}–${entry.to} có ngày kết thúc trước ngày bắt đầu.`);
    for (let day = first; day <= last; day++) {
      const date = isoFromDayNumber(day);
      if (!date.startsWith(`${schedule.year}-`)) fail(path, `Ngày ${date} không thuộc năm ${schedule.year}.`);
      const earlier = seen.get(date);
      if (earlier !== undefined) {
        fail(path, `Khoảng ngày này trùng với mục ${earlier + 1} ở ngày ${date}.`, "CALENDAR_RANGES_OVERLAP");
      }
      seen.set(date, index);
      days.push({ date, kind: entry.kind, name: entry.name });
    }
  });
  return days;
}

function fail(path: string, message: string, code = "CALENDAR_SCHEDULE_INVALID"): never {
  throw new AppError(422, code, `Lịch chính thức không hợp lệ: ${message}`, [{ path, message }]);
}
