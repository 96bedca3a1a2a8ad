import { instantAt, localDayNumber, MS_PER_MINUTE } from "../calendar/dates.ts";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { addDuration } from "./add.ts";
import { type DeadlineClock, openPause } from "./clock-state.ts";

/**
 * Working time (ms) the clock spent paused and that still moves the due (PAU-3): pauses granted
 * before an extension are already part of the extended date (PRC-7), so only later ones count.
 * An open pause counts until `now` when given, else not yet.
 */
function pausedWorkingMs(calendar: WorkingCalendar, clock: DeadlineClock, now: number | undefined): number {
  const since = clock.extension?.at ?? Number.NEGATIVE_INFINITY;
  let total = 0;
  for (const pause of clock.pauses) {
    if (pause.from < since) continue;
    const to = pause.to ?? (now !== undefined && now > pause.from ? now : pause.from);
    total += calendar.workingMsBetween(pause.from, to);
  }
  return total;
}

/**
 * The due instant in force (CAL-7, PAU-3, PRC-5, PRC-7): the time limit added from the last
 * (re)start — or the extended date — moved out by the paused working time. While the clock is
 * paused, the open pause counts up to `now` when given (the due as if resumed now), else not at all.
 */
export function dueAt(calendar: WorkingCalendar, clock: DeadlineClock, now?: number): number {
  const base = clock.extension
    ? clock.extension.newDue
    : addDuration(calendar, clock.countFrom, clock.duration, clock.options);
  const paused = pausedWorkingMs(calendar, clock, now);
  return paused > 0 ? calendar.addWorkingMs(base, paused) : base;
}

/**
 * Working minutes left at `now` until the due in force; negative when overdue (the working time
 * since the due). While paused, the count is frozen at the value it had when the pause began.
 */
export function remainingAt(calendar: WorkingCalendar, clock: DeadlineClock, now: number): number {
  const open = openPause(clock);
  const reference = open && now >= open.from ? open.from : now;
  const due = dueAt(calendar, clock);
  const ms =
    reference <= due ? calendar.workingMsBetween(reference, due) : -calendar.workingMsBetween(due, reference);
  return ms / MS_PER_MINUTE;
}

export type FinishClass = "early" | "on_time" | "late";
/** CAL-9 configuration: compare instants (default) or Vietnam calendar dates only. */
export type FinishMode = "instant" | "date";

/**
 * CAL-9: classifies a finish against the due in force (after pauses, restarts, extension; an open
 * pause counts until the finish).
 * - `instant`: late = after the due instant; early = before the opening time of the due date
 *   (so finishing on the due date, before the due instant, is on time); otherwise on time.
 * - `date`: compares Vietnam dates only: earlier date = early, same date = on time, later = late
 *   (the convention of the national 766 reports).
 */
export function classifyFinish(
  calendar: WorkingCalendar,
  clock: DeadlineClock,
  finishedAt: number,
  mode: FinishMode = "instant",
): FinishClass {
  return classifyAgainstDue(calendar, dueAt(calendar, clock, finishedAt), finishedAt, mode);
}

/** {@link classifyFinish} for a due instant already computed (e.g. in reports over many dossiers). */
export function classifyAgainstDue(
  calendar: Pick<WorkingCalendar, "opensAtMinute">,
  due: number,
  finishedAt: number,
  mode: FinishMode = "instant",
): FinishClass {
  const dueDay = localDayNumber(due);
  if (mode === "date") {
    const finishDay = localDayNumber(finishedAt);
    return finishDay < dueDay ? "early" : finishDay === dueDay ? "on_time" : "late";
  }
  if (finishedAt > due) return "late";
  return finishedAt < instantAt(dueDay, calendar.opensAtMinute) ? "early" : "on_time";
}
