import type { DeadlineClock } from "../../deadline/clock.ts";
import { openPause } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, isSystem, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier, Finish } from "../state.ts";
import { openSubDeadlineOf } from "../sub-deadlines.ts";
import { finishOutcome, settleClocks } from "../timing.ts";

/**
 * PAU-2: the scheduled job's command: fees not paid within the period after the notice → the
 * dossier is refused; the refusal date is the end of the period (for a procedure of 10 working
 * days or less, the last day of its processing time, see `feeDeadline`). Counts as finished.
 */
export type FeeTimeoutCommand = CommandBase<"fee_timeout">;

export const UNPAID_FEES_REASON =
  "Quá thời hạn nộp phí, lệ phí theo thông báo mà tổ chức, cá nhân không nộp.";

export type RefusedForUnpaidFeesEvent = EventEnvelope<
  "refused_for_unpaid_fees",
  {
    readonly effectiveAt: number;
    readonly finish: Finish;
    readonly clock: DeadlineClock | null;
    readonly step: CurrentStep | null;
  }
>;

function periodCheck(dossier: Dossier, now: number) {
  const period = openSubDeadlineOf(dossier, "fee_payment");
  if (openPause(dossier)?.reason !== "fees" || !period)
    return DossierErrors.status(dossier.status, "PAU-2", "fee_timeout");
  return now >= period.due ? null : DossierErrors.feePeriodNotOver(period.due);
}

export const feeTimeout: CommandHandler<FeeTimeoutCommand, RefusedForUnpaidFeesEvent> = {
  command: "fee_timeout",
  event: "refused_for_unpaid_fees",
  rule: "PAU-2",
  check: (dossier, actor, { now }) =>
    firstError(
      () => requireStatus(dossier, ["paused"], "PAU-2", "fee_timeout"),
      () => {
        const returnTo = openPause(dossier)?.returnTo ?? "in_processing";
        return isSystem(actor) || isResponsibleFor(dossier, returnTo, actor)
          ? null
          : DossierErrors.actorNotAllowed("PAU-2");
      },
      () => periodCheck(dossier, now),
    ),
  decide(dossier, _command, { now, calendar }) {
    const effectiveAt = openSubDeadlineOf(dossier, "fee_payment")?.due ?? now;
    const { outcome, due } = finishOutcome(dossier, calendar, effectiveAt);
    const finish: Finish = {
      at: effectiveAt,
      kind: "refusal",
      due,
      outcome,
      mode: dossier.limits.finishMode,
    };
    const { clock, step } = settleClocks(dossier, now);
    return { type: "refused_for_unpaid_fees", rule: "PAU-2", payload: { effectiveAt, finish, clock, step } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "refused",
    clock: payload.clock,
    step: payload.step,
    finish: payload.finish,
    refusal: {
      stage: "unpaid_fees",
      rule: "PAU-2",
      reason: UNPAID_FEES_REASON,
      at,
      effectiveAt: payload.effectiveAt,
      by: actor,
    },
  }),
};
