import { MS_PER_MINUTE } from "../calendar/dates.ts";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { DomainError } from "../errors.ts";

/**
 * A statutory time limit (CAL-5): working days, working hours, half working days, or — for the
 * procedures whose law says so — calendar days. One working day is the calendar's working hours
 * (8 h with the CAL-1 default); a half day is half of that.
 */
export type DurationUnit = "working_days" | "working_hours" | "half_days" | "calendar_days";

export const DURATION_UNITS: readonly DurationUnit[] = [
  "working_days",
  "working_hours",
  "half_days",
  "calendar_days",
];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const workingDays = (amount: number): Duration => ({ amount, unit: "working_days" });
export const workingHours = (amount: number): Duration => ({ amount, unit: "working_hours" });
export const halfDays = (amount: number): Duration => ({ amount, unit: "half_days" });
export const calendarDays = (amount: number): Duration => ({ amount, unit: "calendar_days" });

function isDurationUnit(unit: unknown): boolean {
  return (
    unit === "working_days" || unit === "working_hours" || unit === "half_days" || unit === "calendar_days"
  );
}

/** Throws a DomainError (rule CAL-5) unless the duration is a known unit with a finite amount >= 0. */
export function assertValidDuration(duration: Duration): void {
  if (!isDurationUnit(duration?.unit)) {
    throw new DomainError("DURATION_UNIT_INVALID", `Đơn vị thời hạn "${duration?.unit}" không hợp lệ.`, {
      rule: "CAL-5",
    });
  }
  if (typeof duration.amount !== "number" || !Number.isFinite(duration.amount) || duration.amount < 0) {
    throw new DomainError(
      "DURATION_AMOUNT_INVALID",
      `Thời hạn phải là một số không âm (nhận được ${String(duration.amount)}).`,
      { rule: "CAL-5", details: { amount: duration.amount } },
    );
  }
  if (duration.unit === "calendar_days" && !Number.isInteger(duration.amount)) {
    throw new DomainError("DURATION_NOT_WHOLE_DAYS", "Thời hạn theo ngày lịch phải là số ngày nguyên.", {
      rule: "CAL-5",
      details: { amount: duration.amount },
    });
  }
}

/** Working minutes of a working-time duration; calendar days have none (DomainError). */
export function workingMinutesOf(
  calendar: Pick<WorkingCalendar, "minutesPerDay">,
  duration: Duration,
): number {
  assertValidDuration(duration);
  switch (duration.unit) {
    case "working_days":
      return duration.amount * calendar.minutesPerDay;
    case "half_days":
      return (duration.amount * calendar.minutesPerDay) / 2;
    case "working_hours":
      return duration.amount * 60;
    case "calendar_days":
      throw new DomainError(
        "DURATION_NOT_WORKING_TIME",
        "Thời hạn theo ngày lịch không quy đổi được ra thời gian làm việc.",
        { rule: "CAL-5" },
      );
  }
}

/** Same as {@link workingMinutesOf}, in whole milliseconds. */
export function workingMsOf(calendar: Pick<WorkingCalendar, "minutesPerDay">, duration: Duration): number {
  return Math.round(workingMinutesOf(calendar, duration) * MS_PER_MINUTE);
}
