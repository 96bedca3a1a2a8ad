import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import type { FinishClass } from "../../../domain/deadline/due.ts";
import type { Dossier, HandOver } from "../../../domain/dossier/index.ts";
import type { ReportPeriod } from "./counting-conventions.ts";

/** What the usage reads of a dossier's state: its hand-overs and pauses (officer-usage-report.ts). */
export type StepHistory = Pick<Dossier, "id" | "handOvers" | "pauses">;

/** One workflow step an officer completed: how long they held it, and how it did against its own time. */
export interface CompletedStep {
  readonly officerId: string;
  readonly dossierId: string;
  /** Working minutes from the step's start (its hand-over in, or the transfer's acceptance) to its hand-over on, paused time excluded. */
  readonly workingMinutes: number;
  /** PRC-2: early / on time / late by the step's own duration; null when the step had no time limit. */
  readonly outcome: FinishClass | null;
}

/**
 * Seed 001 Art. 5.1.d: the steps of a dossier completed in the period (handed on from a step by an
 * officer: to the next step, to another agency, or to the leader for approval), from the hand-over
 * records (PRC-2, the Mẫu 05 rows). Working time is the calendar's (`workingMinutesBetween`), less
 * the working time of the dossier's pauses (PAU-1) within the step, as `agencyTimes` measures an
 * agency's time.
 */
export function completedSteps(
  dossier: StepHistory,
  period: ReportPeriod,
  calendar: WorkingCalendar,
): CompletedStep[] {
  const steps: CompletedStep[] = [];
  dossier.handOvers.forEach((entry, position) => {
    if (entry.from.kind !== "step" || entry.by.kind !== "officer") return;
    if (entry.at < period.from || entry.at >= period.to) return;
    const start = stepStart(dossier.handOvers.slice(0, position), entry.from.index);
    if (start === null) return;
    steps.push({
      officerId: entry.by.officerId,
      dossierId: dossier.id,
      workingMinutes: heldMinutes(dossier, calendar, start, entry.at),
      outcome: entry.outcome,
    });
  });
  return steps;
}

/** When the step last started before this hand-over: the hand-over into it (its acceptance for a transfer). */
function stepStart(earlier: readonly HandOver[], index: number): number | null {
  const into = earlier.findLast((entry) => entry.to.kind === "step" && entry.to.index === index);
  return into ? (into.acceptedAt ?? into.at) : null;
}

function heldMinutes(dossier: StepHistory, calendar: WorkingCalendar, from: number, to: number): number {
  let minutes = calendar.workingMinutesBetween(from, to);
  for (const pause of dossier.pauses) {
    const start = Math.max(pause.from, from);
    const end = Math.min(pause.to ?? to, to);
    if (end > start) minutes -= calendar.workingMinutesBetween(start, end);
  }
  return minutes;
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
