import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { dueAt, isOverdueAt, remainingAt } from "../deadline/clock.ts";
import { workingMinutesOf } from "../deadline/duration.ts";
import type { Actor } from "./actor.ts";
import { openPause } from "./apply-helpers.ts";
import type { ExistingCommandType } from "./commands.ts";
import { type NationalStatusCode, nationalStatusCode } from "./national-status.ts";
import { type ClockPhase, clockPhase } from "./phase.ts";
import { HANDLERS, handlerOf } from "./registry.ts";
import type { Dossier, Finish, HandOver } from "./state.ts";
import { type DossierStatus, STATUS_LABELS } from "./status.ts";
import { overdueSubDeadlines, type SubDeadline } from "./sub-deadlines.ts";

/**
 * What the workspace shows: the actions allowed now, the remaining time, the overdue duties.
 * (`needsLateWarning` is in phase.ts, `overdueSubDeadlines` in sub-deadlines.ts.)
 */

/**
 * Runs `fn` without capturing stack traces for the errors it creates and discards (most checks of
 * `allowedCommands` refuse; capturing a stack for each would make the query ~6× slower). The
 * setting is restored before returning; engines without it ignore it.
 */
function withoutStackTraces<T>(fn: () => T): T {
  const holder = Error as { stackTraceLimit?: number };
  const limit = holder.stackTraceLimit;
  holder.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    holder.stackTraceLimit = limit;
  }
}

/**
 * The commands this actor may issue now — and only those: each command's state, role and limit
 * checks pass (its payload is still validated when issued, e.g. a reason is required, or PRC-8's
 * lateness reason for a late finish).
 */
export function allowedCommands(
  dossier: Dossier,
  actor: Actor,
  now: number,
  calendar: WorkingCalendar,
): ExistingCommandType[] {
  if (!(now >= dossier.lastEventAt)) return [];
  const context = { now, calendar };
  return withoutStackTraces(() =>
    (Object.keys(HANDLERS) as ExistingCommandType[]).filter(
      (type) => handlerOf(type).check(dossier, actor, context) === null,
    ),
  );
}

interface StepStatus {
  readonly index: number;
  readonly name: string;
  readonly unitId: string;
  readonly assigneeId: string | null;
  readonly due: number;
  readonly remainingMinutes: number;
  readonly overdue: boolean;
}

export interface DossierStatusView {
  readonly status: DossierStatus;
  readonly label: string;
  readonly nationalCode: NationalStatusCode | null;
  readonly phase: ClockPhase;
  /** The statutory due (while paused: as if resumed now; never moved by an apology, PRC-7); null before reception. */
  readonly due: number | null;
  /** The appointment given to the applicant (Mẫu 01, or the new date of Mẫu 04). */
  readonly appointment: number | null;
  /** PRC-7: an apology set a new appointment; a late finish is then "late with an apology", counted apart. */
  readonly apologised: boolean;
  /** Working minutes left (negative: overdue); null when the clock is not counting. */
  readonly remainingMinutes: number | null;
  /** Finishing now would be late (CAL-9); while paused, as it stood when the pause began (PAU-3). */
  readonly overdue: boolean;
  /** Running and due within the PRC-7 warning period (default 2 working days), not yet overdue. */
  readonly dueSoon: boolean;
  readonly finish: Finish | null;
  readonly step: StepStatus | null;
  readonly overdueSubDeadlines: readonly SubDeadline[];
  readonly pendingConsultations: number;
  /** CAN-3: cancelled dossiers never count in statistics. */
  readonly countsInStatistics: boolean;
}

function stepStatus(dossier: Dossier, now: number, calendar: WorkingCalendar): StepStatus | null {
  const step = dossier.step;
  if (!step || dossier.status !== "in_processing") return null;
  const remainingMinutes = remainingAt(calendar, step.clock, now);
  return {
    index: step.index,
    name: dossier.workflow.steps[step.index]?.name ?? "",
    unitId: step.unitId,
    assigneeId: step.assigneeId,
    due: dueAt(calendar, step.clock, now),
    remainingMinutes,
    overdue: remainingMinutes < 0,
  };
}

/** The dossier's status at `now` (remaining working time, overdue, due soon). */
export function statusOf(dossier: Dossier, now: number, calendar: WorkingCalendar): DossierStatusView {
  const phase = clockPhase(dossier);
  const clock = dossier.clock;
  const counting = clock !== null && (phase === "running" || phase === "paused");
  const remainingMinutes = counting ? remainingAt(calendar, clock, now) : null;
  const overdue = counting && isOverdueAt(calendar, clock, now);
  const window = workingMinutesOf(calendar, dossier.limits.lateWarning);
  return {
    status: dossier.status,
    label: STATUS_LABELS[dossier.status],
    nationalCode: nationalStatusCode(dossier),
    phase,
    due: dossier.finish?.due ?? (clock ? dueAt(calendar, clock, now) : null),
    appointment: clock?.appointment ?? null,
    apologised: dossier.apology !== null,
    remainingMinutes,
    overdue,
    dueSoon: phase === "running" && !overdue && remainingMinutes !== null && remainingMinutes <= window,
    finish: dossier.finish,
    step: stepStatus(dossier, now, calendar),
    overdueSubDeadlines: overdueSubDeadlines(dossier, now),
    pendingConsultations: dossier.consultations.filter((entry) => entry.answeredAt === null).length,
    countsInStatistics: dossier.status !== "cancelled",
  };
}

/** PRC-4: working minutes each agency held the dossier, paused time excluded. */
export function agencyTimes(
  dossier: Dossier,
  now: number,
  calendar: WorkingCalendar,
): { readonly agencyId: string; readonly workingMinutes: number }[] {
  const totals = new Map<string, number>();
  for (const segment of dossier.agencySegments) {
    const to = segment.to ?? Math.max(now, segment.from);
    let minutes = calendar.workingMinutesBetween(segment.from, to);
    for (const pause of dossier.pauses) {
      const from = Math.max(pause.from, segment.from);
      const until = Math.min(pause.to ?? to, to);
      if (until > from) minutes -= calendar.workingMinutesBetween(from, until);
    }
    totals.set(segment.agencyId, (totals.get(segment.agencyId) ?? 0) + minutes);
  }
  return [...totals].map(([agencyId, workingMinutes]) => ({ agencyId, workingMinutes }));
}

/** Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over (PRC-2). */
export interface ControlSlipRow {
  readonly at: number;
  readonly giver: HandOver["from"];
  readonly receiver: HandOver["to"];
  readonly givenBy: Actor;
  readonly receivedAt: number | null;
  readonly receivedBy: Actor | null;
  /** trước hạn / đúng hạn / quá hạn of the part handed over (null: untimed, e.g. from the one-stop). */
  readonly outcome: HandOver["outcome"];
  /** The due of that part the outcome was measured against. */
  readonly due: HandOver["due"];
}

/**
 * PRC-2: the hand-overs in order, each with how the part handed over did against its own time.
 * The one source of Mẫu 05's rows and of the timing shown on the dossier's timeline.
 */
export function controlSlipRows(dossier: Dossier): ControlSlipRow[] {
  return dossier.handOvers.map((entry) => ({
    at: entry.at,
    giver: entry.from,
    receiver: entry.to,
    givenBy: entry.by,
    receivedAt: entry.acceptedAt,
    receivedBy: entry.acceptedBy,
    outcome: entry.outcome,
    due: entry.due,
  }));
}

/**
 * PAU-1(b), PAY-1: what the applicant can pay now, online or at the counter: the balance of the
 * fees while the dossier is paused for them; nothing otherwise (a fee-free procedure, fees paid
 * in full, or no fee notice).
 */
export function feesPayableNow(dossier: Dossier): number {
  const pausedForFees = dossier.status === "paused" && openPause(dossier)?.reason === "fees";
  return pausedForFees ? Math.max(0, dossier.fees.due - dossier.fees.paid) : 0;
}
