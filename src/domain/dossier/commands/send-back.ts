import { DossierErrors } from "../errors.ts";
import { firstError, requireLeader, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier, HandOver } from "../state.ts";
import { startStep } from "../timing.ts";

/**
 * PRC-9: the leader sends the dossier back, with a reason, to a step of the agency (default: the
 * step that submitted it); the step's time starts again.
 */
export interface SendBackCommand extends CommandBase<"send_back"> {
  readonly reason: string;
  readonly toStep?: number | null;
}

export type SentBackEvent = EventEnvelope<
  "sent_back",
  { readonly reason: string; readonly step: CurrentStep; readonly handOver: HandOver }
>;

function submittingStep(dossier: Dossier): number {
  const last = dossier.handOvers.findLast((entry) => entry.to.kind === "leader");
  return last?.from.kind === "step" ? last.from.index : dossier.workflow.steps.length - 1;
}

export const sendBack: CommandHandler<SendBackCommand, SentBackEvent> = {
  command: "send_back",
  event: "sent_back",
  rule: "PRC-9",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["awaiting_approval"], "PRC-9", "send_back"),
      () => requireLeader(dossier, actor),
    ),
  decide(dossier, command, { now, calendar }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do trả lại", "PRC-9");
    const index = command.toStep ?? submittingStep(dossier);
    const target = dossier.workflow.steps[index];
    if (!Number.isInteger(index) || !target || target.agencyId !== dossier.processingAgencyId) {
      throw DossierErrors.stepIndexInvalid(index);
    }
    const step = startStep(dossier, calendar, index, now);
    const handOver: HandOver = {
      at: now,
      by: command.actor,
      from: { kind: "leader", agencyId: target.agencyId },
      to: { kind: "step", index, agencyId: target.agencyId, unitId: step.unitId },
      outcome: null,
      due: null,
      acceptedAt: now,
      acceptedBy: null,
    };
    return { type: "sent_back", rule: "PRC-9", payload: { reason, step, handOver } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "in_processing",
    step: payload.step,
    handOvers: [...dossier.handOvers, payload.handOver],
    approvals: [
      ...dossier.approvals,
      { at, by: actor, decision: "sent_back", note: payload.reason, toStep: payload.step.index },
    ],
  }),
};
