import { instantAt, localDayNumber } from "../../../domain/calendar/dates.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { addDuration } from "../../../domain/deadline/add.ts";

/** CFG-1: a procedure is published within this many working days of the decision that announces it. */
export const PUBLICATION_WORKING_DAYS = 5;

/**
 * CFG-1: the end of the 5th working day after the day of the decision (counting starts the next
 * day, as for any period counted in days; weekends and holidays of the working calendar are
 * skipped).
 */
export function publicationDueAt(calendar: WorkingCalendar, decidedAt: number): number {
  const nextDay = instantAt(localDayNumber(decidedAt) + 1, 0);
  return addDuration(calendar, nextDay, { amount: PUBLICATION_WORKING_DAYS, unit: "working_days" });
}

export type DeadlineStatus = "due" | "overdue" | "on_time" | "late" | "unknown";

/**
 * Where a publication stands: published in time or late, or not yet published and still due or
 * already overdue; unknown when the portal gave no decision date.
 */
export function deadlineStatus(
  dueAt: number | null,
  publishedAt: number | null,
  now: number,
): DeadlineStatus {
  if (dueAt === null) return "unknown";
  if (publishedAt !== null) return publishedAt <= dueAt ? "on_time" : "late";
  return now <= dueAt ? "due" : "overdue";
}
