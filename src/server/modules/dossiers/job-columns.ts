import { MS_PER_DAY, MS_PER_MINUTE } from "../../../domain/calendar/dates.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { dueAt } from "../../../domain/deadline/clock.ts";
import { workingMinutesOf } from "../../../domain/deadline/duration.ts";
import { clockPhase, type Dossier, openSubDeadlineOf } from "../../../domain/dossier/index.ts";

/**
 * When the scheduled jobs (run-due-jobs.ts) must look at a dossier, derived from its state on
 * every write like the other columns. They only narrow the search: the lifecycle's own check
 * (`fee_timeout`, `warn_running_late`) decides when the job acts.
 */
export function jobColumns(dossier: Dossier, calendar: WorkingCalendar) {
  const feePeriod = dossier.status === "paused" ? openSubDeadlineOf(dossier, "fee_payment") : undefined;
  const warnFrom = lateWarningFrom(dossier, calendar);
  return {
    fee_due_at: feePeriod ? new Date(feePeriod.due) : null,
    late_warning_at: warnFrom === null ? null : new Date(warnFrom),
  };
}

/**
 * PRC-7 (`needsLateWarning`): the first instant at which the running clock has no more than the
 * warning period (in working time) left before its due; null when the clock is not running or
 * the warning for this due was given.
 */
function lateWarningFrom(dossier: Dossier, calendar: WorkingCalendar): number | null {
  if (clockPhase(dossier) !== "running" || !dossier.clock) return null;
  const due = dueAt(calendar, dossier.clock);
  if (dossier.lateWarnings.some((warning) => warning.due === due)) return null;
  const windowMs = workingMinutesOf(calendar, dossier.limits.lateWarning) * MS_PER_MINUTE;
  // Working time left is non-increasing as the instant moves towards the due: bisect to the second.
  const left = (at: number) => calendar.workingMsBetween(at, due);
  let span = MS_PER_DAY;
  while (left(due - span) <= windowMs && span < 400 * MS_PER_DAY) span *= 2;
  let outside = due - span;
  let inside = due;
  while (inside - outside > 1_000) {
    const middle = Math.floor((outside + inside) / 2);
    if (left(middle) <= windowMs) inside = middle;
    else outside = middle;
  }
  return inside;
}
