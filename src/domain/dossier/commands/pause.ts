import type { WorkingCalendar } from "../../calendar/working-calendar.ts";
import { addDuration } from "../../deadline/add.ts";
import { type DeadlineClock, dueAt, PAUSE_REASONS, type PauseReason } from "../../deadline/clock.ts";
import { workingMinutesOf } from "../../deadline/duration.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { SUB_DEADLINE_RULES, type SubDeadline } from "../sub-deadlines.ts";
import { clockOf, pauseClocks } from "../timing.ts";

/**
 * PAU-1: pausing only for (a) land financial obligations, (b) fees and charges, (d) awaiting a
 * superior's opinion — each with the document it rests on (the tax notice, the fee notice, the
 * uploaded report). (c) correction goes through `request_correction` (PRC-6). A fee pause opens
 * the PAU-2 period after which the unpaid dossier is refused.
 */
export type LawfulPauseReason = Exclude<PauseReason, "correction_request">;

export interface PauseCommand extends CommandBase<"pause"> {
  readonly reason: LawfulPauseReason;
  /** The document the pause rests on (PAU-1). */
  readonly proofRef: string;
  /** For fees: the amount notified (integer đồng). */
  readonly feeAmount?: number | null;
}

export type PausedEvent = EventEnvelope<
  "paused",
  {
    readonly reason: LawfulPauseReason;
    readonly proofRef: string;
    readonly feeAmount: number;
    readonly returnTo: DossierStatus;
    readonly clock: DeadlineClock;
    readonly step: CurrentStep | null;
    readonly feeDeadline: SubDeadline | null;
  }
>;

export const PAUSABLE: readonly DossierStatus[] = ["received", "in_processing", "awaiting_approval"];

function assertLawful(reason: string): asserts reason is LawfulPauseReason {
  if (reason === "correction_request") throw DossierErrors.pauseUseCorrection();
  if (!(PAUSE_REASONS as readonly string[]).includes(reason)) throw DossierErrors.pauseReasonUnlawful(reason);
}

/** The procedure's time is no longer than the fee period (PAU-2's short-procedure case). */
function isShortProcedure(dossier: Dossier, calendar: WorkingCalendar): boolean {
  const feeMinutes = workingMinutesOf(calendar, dossier.limits.feePayment);
  const time = dossier.procedure.processingTime;
  const minutes =
    time.unit === "calendar_days" ? time.amount * calendar.minutesPerDay : workingMinutesOf(calendar, time);
  return minutes <= feeMinutes;
}

/**
 * PAU-2: refusal comes 10 working days after the notice; for a procedure of 10 working days or
 * less, on the last day of the processing time (the due in force when the pause began, not
 * earlier than the notice and never later than the 10 days).
 */
export function feeDeadline(dossier: Dossier, calendar: WorkingCalendar, now: number): SubDeadline {
  const tenDays = addDuration(calendar, now, dossier.limits.feePayment);
  const due = isShortProcedure(dossier, calendar)
    ? Math.min(tenDays, Math.max(now, dueAt(calendar, clockOf(dossier))))
    : tenDays;
  return {
    kind: "fee_payment",
    rule: SUB_DEADLINE_RULES.fee_payment.rule,
    from: now,
    due,
    closedAt: null,
    outcome: null,
  };
}

function feeAmountOf(command: PauseCommand): number {
  if (command.reason !== "fees") return 0;
  const amount = command.feeAmount;
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 1) {
    throw DossierErrors.pauseAmountRequired();
  }
  return amount;
}

export const pause: CommandHandler<PauseCommand, PausedEvent> = {
  command: "pause",
  event: "paused",
  rule: "PAU-1",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, PAUSABLE, "PAU-1", "pause"),
      () =>
        isResponsibleFor(dossier, dossier.status, actor) ? null : DossierErrors.actorNotAllowed("PAU-1"),
    ),
  decide(dossier, command, { now, calendar }) {
    assertLawful(command.reason);
    const proofRef = text(command.proofRef);
    if (!proofRef) throw DossierErrors.pauseProofRequired();
    const feeAmount = feeAmountOf(command);
    const { clock, step } = pauseClocks(dossier, now, command.reason);
    return {
      type: "paused",
      rule: command.reason === "fees" ? "PAU-2" : "PAU-1",
      payload: {
        reason: command.reason,
        proofRef,
        feeAmount,
        returnTo: dossier.status,
        clock: clock as DeadlineClock,
        step,
        feeDeadline: command.reason === "fees" ? feeDeadline(dossier, calendar, now) : null,
      },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "paused",
    clock: payload.clock,
    step: payload.step,
    pauses: [
      ...dossier.pauses,
      {
        reason: payload.reason,
        proofRef: payload.proofRef,
        by: actor,
        from: at,
        to: null,
        resumeRef: null,
        returnTo: payload.returnTo,
      },
    ],
    fees: { ...dossier.fees, due: dossier.fees.due + payload.feeAmount },
    subDeadlines: payload.feeDeadline ? [...dossier.subDeadlines, payload.feeDeadline] : dossier.subDeadlines,
  }),
};
