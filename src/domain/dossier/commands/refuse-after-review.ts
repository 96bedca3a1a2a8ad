import type { DeadlineClock } from "../../deadline/clock.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Finish, LatenessReason } from "../state.ts";
import { finishOutcome, settleClocks } from "../timing.ts";
import { latenessReasonFor } from "./lateness.ts";

/**
 * Mẫu 03 after review: the agency refuses to resolve the dossier, with the specific reason. It
 * counts as finished (classified against the due, PRC-8 applies when late).
 */
export interface RefuseAfterReviewCommand extends CommandBase<"refuse_after_review"> {
  readonly reason: string;
  readonly latenessReason?: string | null;
}

export type RefusedAfterReviewEvent = EventEnvelope<
  "refused_after_review",
  {
    readonly reason: string;
    readonly finish: Finish;
    readonly latenessReason: LatenessReason | null;
    readonly clock: DeadlineClock | null;
    readonly step: CurrentStep | null;
  }
>;

export const refuseAfterReview: CommandHandler<RefuseAfterReviewCommand, RefusedAfterReviewEvent> = {
  command: "refuse_after_review",
  event: "refused_after_review",
  rule: "REC-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["in_processing", "awaiting_approval"], "REC-2", "refuse_after_review"),
      () => (isResponsibleFor(dossier, dossier.status, actor) ? null : DossierErrors.notAgencyOfficer()),
    ),
  decide(dossier, command, { now, calendar }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do từ chối giải quyết", "REC-2");
    const { outcome, due } = finishOutcome(dossier, calendar, now);
    const latenessReason = latenessReasonFor(dossier, outcome, command.latenessReason, now, command.actor);
    const finish: Finish = { at: now, kind: "refusal", due, outcome, mode: dossier.limits.finishMode };
    const { clock, step } = settleClocks(dossier, now);
    return {
      type: "refused_after_review",
      rule: "REC-2",
      payload: { reason, finish, latenessReason, clock, step },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "refused",
    clock: payload.clock,
    step: payload.step,
    finish: payload.finish,
    latenessReason: payload.latenessReason ?? dossier.latenessReason,
    refusal: { stage: "review", rule: "REC-2", reason: payload.reason, at, effectiveAt: at, by: actor },
  }),
};
