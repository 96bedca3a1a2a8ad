import { MS_PER_DAY, MS_PER_MINUTE } from "../../../domain/calendar/dates.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { dueAt, openPause } from "../../../domain/deadline/clock.ts";
import { type Duration, workingMinutesOf } from "../../../domain/deadline/duration.ts";
import {
  ACCEPTANCE_WARNING,
  clockPhase,
  type Dossier,
  openSubDeadlineOf,
} from "../../../domain/dossier/index.ts";

/**
 * The row's time columns, derived from the state with the receiving agency's calendar on every
 * write (and again when that calendar changes, refresh-time-columns.ts). They hold the instants at
 * which the domain's classification (`inboxTimeOf`, time-class.ts) changes, so that the inbox's
 * overdue and due-soon boxes are plain comparisons with `now` that agree with it:
 *
 * - `inbox_due_at`: the due the holder works against; the dossier is overdue once `now` passes it
 *   (the REC-3 acceptance due before acceptance, the statutory due while the clock runs; while
 *   paused, set only if the dossier was already overdue when the pause began, PAU-3);
 * - `late_warning_at`: from when that due is within its warning period (REC-3's 2 working hours,
 *   PRC-7's `lateWarning`); null once the PRC-7 warning was given for the due in force, which
 *   happens only inside that period;
 * - `fee_due_at`: the end of the open fee period of a dossier paused for fees (PAU-2).
 *
 * The scheduled jobs (run-due-jobs.ts) search on `fee_due_at` and `late_warning_at` (with
 * `due_at`, null before reception); the lifecycle's own check still decides when they act.
 */
export function timeColumns(dossier: Dossier, calendar: WorkingCalendar, now: number) {
  const statutoryDue = dossier.finish?.due ?? (dossier.clock ? dueAt(calendar, dossier.clock, now) : null);
  const acceptance = dossier.subDeadlines.findLast((entry) => entry.kind === "online_acceptance");
  const feePeriod = dossier.status === "paused" ? openSubDeadlineOf(dossier, "fee_payment") : undefined;
  const warnFrom = warningFrom(dossier, calendar);
  return {
    due_at: date(statutoryDue),
    acceptance_due_at: date(acceptance?.due),
    inbox_due_at: date(inboxDue(dossier, calendar)),
    fee_due_at: date(feePeriod?.due),
    late_warning_at: date(warnFrom),
  };
}

/** An instant column from epoch ms (null stays null). */
export const date = (ms: number | null | undefined): Date | null =>
  typeof ms === "number" ? new Date(ms) : null;

function openAcceptanceDue(dossier: Dossier): number | null {
  if (dossier.status !== "awaiting_acceptance") return null;
  return openSubDeadlineOf(dossier, "online_acceptance")?.due ?? null;
}

function inboxDue(dossier: Dossier, calendar: WorkingCalendar): number | null {
  if (dossier.status === "awaiting_acceptance") return openAcceptanceDue(dossier);
  const phase = clockPhase(dossier);
  if (!dossier.clock || (phase !== "running" && phase !== "paused")) return null;
  const due = dueAt(calendar, dossier.clock);
  if (phase === "running") return due;
  const pausedAt = openPause(dossier.clock)?.from ?? 0;
  return pausedAt > due ? due : null;
}

function warningFrom(dossier: Dossier, calendar: WorkingCalendar): number | null {
  const acceptanceDue = openAcceptanceDue(dossier);
  if (acceptanceDue !== null) return periodStart(calendar, acceptanceDue, ACCEPTANCE_WARNING);
  if (clockPhase(dossier) !== "running" || !dossier.clock) return null;
  const due = dueAt(calendar, dossier.clock);
  if (dossier.lateWarnings.some((warning) => warning.due === due)) return null;
  return periodStart(calendar, due, dossier.limits.lateWarning);
}

/**
 * The first instant (to the millisecond) from which no more than `period` of working time is
 * left before `due`. Working time left does not increase as the instant moves towards the due,
 * so it is found by bisection.
 */
function periodStart(calendar: WorkingCalendar, due: number, period: Duration): number {
  const windowMs = workingMinutesOf(calendar, period) * MS_PER_MINUTE;
  const left = (at: number) => calendar.workingMsBetween(at, due);
  let span = MS_PER_DAY;
  while (left(due - span) <= windowMs && span < 400 * MS_PER_DAY) span *= 2;
  let outside = due - span;
  let inside = due;
  while (inside - outside > 1) {
    const middle = Math.floor((outside + inside) / 2);
    if (left(middle) <= windowMs) inside = middle;
    else outside = middle;
  }
  return inside;
}
