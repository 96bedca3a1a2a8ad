import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import {
  classifyFinish,
  type DeadlineClock,
  dueAt,
  type FinishClass,
  type PauseReason,
  pauseClock,
  resumeClock,
  startClock,
} from "../deadline/clock.ts";
import { DomainError } from "../errors.ts";
import type { CurrentStep, Dossier } from "./state.ts";

/**
 * Clock work for deciding commands: the dossier's statutory clock and the current step's own clock
 * move together (a pause stops both, PAU-3). All of it reuses src/domain/deadline.
 */

interface Clocks {
  readonly clock: DeadlineClock | null;
  readonly step: CurrentStep | null;
}

/** The statutory clock, which every state after reception has (a broken dossier is a bug, not a refusal). */
export function clockOf(dossier: Dossier): DeadlineClock {
  if (!dossier.clock) throw new Error(`dossier ${dossier.id} has no clock in status ${dossier.status}`);
  return dossier.clock;
}

/** PAU-1: pauses the statutory clock and the step's clock. */
export function pauseClocks(dossier: Dossier, at: number, reason: PauseReason): Clocks {
  const clock = pauseClock(clockOf(dossier), at, reason);
  const step = dossier.step ? { ...dossier.step, clock: pauseClock(dossier.step.clock, at, reason) } : null;
  return { clock, step };
}

/** PAU-3: resumes both clocks; the paused working time moves their dues out. */
export function resumeClocks(dossier: Dossier, at: number): Clocks {
  const clock = resumeClock(clockOf(dossier), at);
  const step = dossier.step ? { ...dossier.step, clock: resumeClock(dossier.step.clock, at) } : null;
  return { clock, step };
}

/** Resumes the clocks if paused (a dossier that ends while paused keeps no open pause). */
export function settleClocks(dossier: Dossier, at: number): Clocks {
  const open = dossier.pauses.find((pause) => pause.to === null);
  return open ? resumeClocks(dossier, at) : { clock: dossier.clock, step: dossier.step };
}

/** PRC-2: a step starts at `at` with its own duration, at its unit unless another is given. */
export function startStep(
  dossier: Dossier,
  calendar: WorkingCalendar,
  index: number,
  at: number,
  unitId?: string,
): CurrentStep {
  const step = dossier.workflow.steps[index];
  if (!step)
    throw new DomainError("STEP_INDEX_INVALID", `Quy trình không có bước ${index + 1}.`, { rule: "PRC-1" });
  return {
    index,
    unitId: unitId ?? step.unitId,
    assigneeId: null,
    startedAt: at,
    clock: startClock(calendar, at, step.duration),
  };
}

/** The statutory due in force (CAL-9), or null before reception. */
export function dueInForce(dossier: Dossier, calendar: WorkingCalendar, now?: number): number | null {
  return dossier.clock ? dueAt(calendar, dossier.clock, now) : null;
}

/** CAL-9: how finishing at `at` compares with the statutory due (never moved by an apology, PRC-7). */
export function finishOutcome(
  dossier: Dossier,
  calendar: WorkingCalendar,
  at: number,
): { outcome: FinishClass; due: number } {
  const clock = clockOf(dossier);
  return {
    outcome: classifyFinish(calendar, clock, at, dossier.limits.finishMode),
    due: dueAt(calendar, clock, at),
  };
}

/** PRC-2: how the current step did by its own duration when handed over at `at`. */
export function stepOutcome(
  dossier: Dossier,
  calendar: WorkingCalendar,
  at: number,
): { outcome: FinishClass | null; due: number | null } {
  if (!dossier.step) return { outcome: null, due: null };
  const clock = dossier.step.clock;
  return {
    outcome: classifyFinish(calendar, clock, at, dossier.limits.finishMode),
    due: dueAt(calendar, clock, at),
  };
}
