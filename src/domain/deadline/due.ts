import { instantAt, localDayNumber, MS_PER_MINUTE } from "../calendar/dates.ts";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { addDuration } from "./add.ts";
import { type DeadlineClock, openPause } from "./clock-state.ts";

/**
 * Working time (ms) the clock spent paused since it (re)started (PAU-3). An open pause counts
 * until `now` when given, else not yet.
 */
function pausedWorkingMs(calendar: WorkingCalendar, clock: DeadlineClock, now: number | undefined): number {
  let total = 0;
  for (const pause of clock.pauses) {
    const to = pause.to ?? (now !== undefined && now > pause.from ? now : pause.from);
    total += calendar.workingMsBetween(pause.from, to);
  }
  return total;
}

/**
 * The statutory due instant (CAL-7, PAU-3, PRC-5): the time limit added from the last (re)start,
 * moved out by the paused working time. An apology (PRC-7) never moves it: it only sets a new
 * appointment (`clock.appointment`), so a finish after this instant is late, apology or not.
 * While the clock is paused, the open pause counts up to `now` when given (the due as if resumed
 * now), else not at all.
 */
export function dueAt(calendar: WorkingCalendar, clock: DeadlineClock, now?: number): number {
  const base = addDuration(calendar, clock.countFrom, clock.duration, clock.options);
  const paused = pausedWorkingMs(calendar, clock, now);
  return paused > 0 ? calendar.addWorkingMs(base, paused) : base;
}

/** The instant the clock's count stands at: `now`, or while paused the pause's start (PAU-3). */
function countedUntil(clock: DeadlineClock, now: number): number {
  const open = openPause(clock);
  return open && now >= open.from ? open.from : now;
}

/**
 * CAL-9, PAU-3: the clock is overdue at `now` when finishing then would be late (after the
 * statutory due instant, as {@link classifyFinish} says); while paused, as it stood when the pause
 * began. In a non-working gap right after the due it is overdue with 0 working minutes past.
 */
export function isOverdueAt(calendar: WorkingCalendar, clock: DeadlineClock, now: number): boolean {
  return countedUntil(clock, now) > dueAt(calendar, clock);
}

/**
 * Working minutes left at `now` until the statutory due; negative when overdue (the working time
 * since the due). While paused, the count is frozen at the value it had when the pause began.
 */
export function remainingAt(calendar: WorkingCalendar, clock: DeadlineClock, now: number): number {
  const reference = countedUntil(clock, now);
  const due = dueAt(calendar, clock);
  const ms =
    reference <= due ? calendar.workingMsBetween(reference, due) : -calendar.workingMsBetween(due, reference);
  return ms / MS_PER_MINUTE;
}

export type FinishClass = "early" | "on_time" | "late";
/** CAL-9 configuration: compare instants (default) or Vietnam calendar dates only. */
export type FinishMode = "instant" | "date";

/**
 * CAL-9: classifies a finish against the statutory due (after pauses and a restart; never moved
 * by an apology, PRC-7; an open pause counts until the finish).
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
