import {
  instantAt,
  localDayNumber,
  localMsOfDay,
  MINUTES_PER_DAY,
  MS_PER_MINUTE,
  tryParseClockTime,
} from "../calendar/dates.ts";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { DomainError } from "../errors.ts";
import { assertValidDuration, type Duration, workingMsOf } from "./duration.ts";

export interface AddOptions {
  /**
   * CAL-8 same-day cut-off `HH:MM` (e.g. "15:00" for certification): a dossier received on a
   * working day strictly before the cut-off counts that day as day 0; otherwise day 0 is the next
   * working day. The due instant is the END of the working day `amount` working days after day 0:
   * amount 0 = end of day 0 ("same day"), amount 1 = end of the working day after it, etc.
   * Only whole working days can be combined with a cut-off. A cut-off later than the closing time
   * acts as the closing time.
   */
  sameDayCutoff?: string;
}

function assertInstant(instant: number): void {
  if (typeof instant !== "number" || !Number.isFinite(instant)) {
    throw new DomainError("TIME_INVALID", `Thời điểm ${String(instant)} không hợp lệ.`);
  }
}

function parseCutoff(cutoff: string): number {
  const minute = tryParseClockTime(cutoff);
  if (minute === undefined || minute >= MINUTES_PER_DAY) {
    throw new DomainError("DEADLINE_CUTOFF_INVALID", `Giờ chốt "${cutoff}" không hợp lệ (định dạng HH:MM).`, {
      rule: "CAL-8",
    });
  }
  return minute;
}

/** Day number of the first working day strictly after `dayNumber`. */
function nextWorkingDayAfter(calendar: WorkingCalendar, dayNumber: number): number {
  return localDayNumber(calendar.nextWorkingInstant(instantAt(dayNumber + 1, 0)));
}

/** CAL-8: end of the `amount`-th working day after day 0 (see {@link AddOptions.sameDayCutoff}). */
function addWithCutoff(calendar: WorkingCalendar, from: number, duration: Duration, cutoff: string): number {
  const cutoffMinute = parseCutoff(cutoff);
  if (duration.unit !== "working_days" || !Number.isInteger(duration.amount)) {
    throw new DomainError(
      "DEADLINE_CUTOFF_UNIT",
      "Giờ chốt trong ngày chỉ áp dụng cho thời hạn tính bằng số nguyên ngày làm việc.",
      { rule: "CAL-8", details: { duration } },
    );
  }
  const receivedDay = localDayNumber(from);
  const lastMinute = Math.min(cutoffMinute, calendar.closesAtMinute);
  const beforeCutoff =
    calendar.resolveDayNumber(receivedDay).working && localMsOfDay(from) < lastMinute * MS_PER_MINUTE;
  const dayZero = beforeCutoff ? receivedDay : nextWorkingDayAfter(calendar, receivedDay);
  const endOfDayZero = instantAt(dayZero, calendar.closesAtMinute);
  if (duration.amount === 0) return endOfDayZero;
  return calendar.addWorkingMs(endOfDayZero, workingMsOf(calendar, duration));
}

/**
 * CAL-5 calendar days, as the Civil Code counts a time limit in days (Bộ luật Dân sự 2015, Điều 148):
 * the limit ends at the END of its last day, the N-th day after the day counting starts (the next
 * working instant, CAL-6), and when that day is a day off, at the end of the next working day
 * (khoản 5: "kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó"). The end of a
 * day is the calendar's closing time, as for a same-day cut-off (CAL-8). So the due is the close
 * of the appointment date (ngày hẹn trả), never the next morning's opening, and the whole of that
 * working day is on time (CAL-9).
 */
function addCalendarDays(calendar: WorkingCalendar, from: number, days: number): number {
  const lastDay = localDayNumber(calendar.nextWorkingInstant(from)) + days;
  const dueDay = calendar.resolveDayNumber(lastDay).working
    ? lastDay
    : nextWorkingDayAfter(calendar, lastDay);
  return instantAt(dueDay, calendar.closesAtMinute);
}

/**
 * The due instant of a time limit counted from `from` (CAL-6, CAL-7): counting starts at the next
 * working instant (a receipt at 18:00 starts at the next opening, at 12:00 at 13:00) and working
 * time is added, so the time of day carries over (Fri 16:00 + 3 working days = the 3rd working day
 * after at 16:00). A due that falls exactly at the end of a working period stays there (17:00 is
 * the due, not the next morning's opening, which is the same working instant but the next date).
 * Adding 0 working time gives the start of counting. Calendar days end at a day's close (see
 * {@link addCalendarDays}).
 */
export function addDuration(
  calendar: WorkingCalendar,
  from: number,
  duration: Duration,
  options: AddOptions = {},
): number {
  assertInstant(from);
  assertValidDuration(duration);
  if (options.sameDayCutoff !== undefined)
    return addWithCutoff(calendar, from, duration, options.sameDayCutoff);
  if (duration.unit === "calendar_days") return addCalendarDays(calendar, from, duration.amount);
  return calendar.addWorkingMs(from, workingMsOf(calendar, duration));
}
