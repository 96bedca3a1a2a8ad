import type { WorkingCalendar } from "../calendar/working-calendar.ts";

/** Working minutes elapsed from `a` to `b` (0 when b <= a); paused time is not removed here. */
export function workingTimeBetween(calendar: WorkingCalendar, a: number, b: number): number {
  return calendar.workingMinutesBetween(a, b);
}

/** Working minutes expressed in working days of this calendar (CAL-1: 480 min = 1 day by default). */
export function minutesToWorkingDays(
  calendar: Pick<WorkingCalendar, "minutesPerDay">,
  minutes: number,
): number {
  return minutes / calendar.minutesPerDay;
}

export function minutesToWorkingHours(minutes: number): number {
  return minutes / 60;
}

interface WorkingTimeParts {
  /** -1 when the amount is negative (overdue), else 1. */
  sign: 1 | -1;
  days: number;
  hours: number;
  minutes: number;
}

/** Splits working minutes into whole working days, hours and minutes (minutes rounded down). */
export function splitWorkingTime(
  calendar: Pick<WorkingCalendar, "minutesPerDay">,
  minutes: number,
): WorkingTimeParts {
  const sign = minutes < 0 ? -1 : 1;
  const total = Math.floor(Math.abs(minutes));
  const days = Math.floor(total / calendar.minutesPerDay);
  const rest = total - days * calendar.minutesPerDay;
  return { sign, days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}

/** Vietnamese text of working minutes, e.g. "2 ngày 3 giờ 15 phút làm việc", "quá hạn 4 giờ làm việc". */
export function formatWorkingTime(calendar: Pick<WorkingCalendar, "minutesPerDay">, minutes: number): string {
  const parts = splitWorkingTime(calendar, minutes);
  const pieces = [
    parts.days > 0 ? `${parts.days} ngày` : "",
    parts.hours > 0 ? `${parts.hours} giờ` : "",
    parts.minutes > 0 ? `${parts.minutes} phút` : "",
  ].filter((piece) => piece !== "");
  const text = `${pieces.length > 0 ? pieces.join(" ") : "0 phút"} làm việc`;
  return parts.sign < 0 ? `quá hạn ${text}` : text;
}
