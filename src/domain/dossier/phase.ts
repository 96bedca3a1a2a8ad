import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { dueAt, isPaused, remainingAt } from "../deadline/clock.ts";
import { workingMinutesOf } from "../deadline/duration.ts";
import type { Dossier } from "./state.ts";
import { type DossierStatus, INTERRUPTION_STATUSES } from "./status.ts";

/**
 * The state under a withdrawal or cancellation in progress: a withdrawal requested while the
 * dossier was in processing leaves it, underneath, in processing (its clock keeps running).
 */
export function underlyingStatus(dossier: Dossier): DossierStatus {
  let status = dossier.status;
  for (let depth = 0; depth < 3 && INTERRUPTION_STATUSES.includes(status); depth += 1) {
    const record =
      status === "cancellation_requested"
        ? dossier.cancellations[dossier.cancellations.length - 1]
        : dossier.withdrawals[dossier.withdrawals.length - 1];
    if (!record) break;
    status = record.returnTo;
  }
  return status;
}

/**
 * Where the statutory clock stands: not started (online, before acceptance), running, paused
 * (PAU), stopped (returned for supplement, restarts on resubmission, PRC-5), or ended (resolved,
 * refused, withdrawn, cancelled).
 */
export type ClockPhase = "not_started" | "running" | "paused" | "stopped" | "ended";

export function clockPhase(dossier: Dossier): ClockPhase {
  if (dossier.finish !== null || dossier.closedAt !== null) return "ended";
  if (!dossier.clock) return "not_started";
  if (underlyingStatus(dossier) === "awaiting_supplement") return "stopped";
  return isPaused(dossier.clock) ? "paused" : "running";
}

/**
 * PRC-8: the dossier is overdue or due within the warning period (default 2 working days), so a
 * reason for lateness may be recorded. Only while its clock counts (not before, not after the finish).
 */
export function isRunningLate(dossier: Dossier, now: number, calendar: WorkingCalendar): boolean {
  const phase = clockPhase(dossier);
  if (!dossier.clock || (phase !== "running" && phase !== "paused")) return false;
  return remainingAt(calendar, dossier.clock, now) <= workingMinutesOf(calendar, dossier.limits.lateWarning);
}

/**
 * PRC-7: the system may warn when the dossier is due within the warning period (default 2 working
 * days) and not yet overdue; once per due date (a new due after a pause or an apology may warn again).
 */
export function needsLateWarning(dossier: Dossier, now: number, calendar: WorkingCalendar): boolean {
  if (clockPhase(dossier) !== "running" || !dossier.clock) return false;
  const remaining = remainingAt(calendar, dossier.clock, now);
  const window = workingMinutesOf(calendar, dossier.limits.lateWarning);
  if (!(remaining > 0 && remaining <= window)) return false;
  const due = dueAt(calendar, dossier.clock);
  return !dossier.lateWarnings.some((warning) => warning.due === due);
}
