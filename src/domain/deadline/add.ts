import {
  instantAt,
  localDayNumber,
  localMsOfDay,
  MINUTES_PER_DAY,
  MS_PER_DAY,
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
 * CAL-5 calendar days: N days after the start of counting (the next working instant, CAL-6), same
 * time of day; landing on a non-working day moves the due to the next working instant (the opening
 * of the next working day).
 */
function addCalendarDays(calendar: WorkingCalendar, from: number, days: number): number {
  const start = calendar.nextWorkingInstant(from);
  return calendar.nextWorkingInstant(start + days * MS_PER_DAY);
}

/**
 * The due instant of a time limit counted from `from` (CAL-6, CAL-7): counting starts at the next
 * working instant (a receipt at 18:00 starts at the next opening, at 12:00 at 13:00) and working
 * time is added, so the time of day carries over (Fri 16:00 + 3 working days = the 3rd working day
 * after at 16:00). A due that falls exactly at the end of a working period stays there (17:00 is
 * the due, not the next morning). Adding 0 gives the start of counting.
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
