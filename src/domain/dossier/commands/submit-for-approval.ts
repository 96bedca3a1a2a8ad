import { DossierErrors } from "../errors.ts";
import { firstError, requireStatus, requireStepOfficer } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, HandOver } from "../state.ts";
import { stepOutcome } from "../timing.ts";
import { nextStepsOf } from "../workflow-nav.ts";

/** PRC-1/PRC-2: after the last step, the dossier goes to the agency's leader for approval. */
export type SubmitForApprovalCommand = CommandBase<"submit_for_approval">;

export type SubmittedForApprovalEvent = EventEnvelope<
  "submitted_for_approval",
  { readonly handOver: HandOver }
>;

export const submitForApproval: CommandHandler<SubmitForApprovalCommand, SubmittedForApprovalEvent> = {
  command: "submit_for_approval",
  event: "submitted_for_approval",
  rule: "PRC-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["in_processing"], "PRC-2", "submit_for_approval"),
      () => requireStepOfficer(dossier, actor),
      () =>
        dossier.step && nextStepsOf(dossier, dossier.step.index).length === 0
          ? null
          : DossierErrors.notLastStep(),
    ),
  decide(dossier, command, { now, calendar }) {
    const current = dossier.step as CurrentStep;
    const agencyId = dossier.workflow.steps[current.index]?.agencyId as string;
    const handOver: HandOver = {
      at: now,
      by: command.actor,
      from: { kind: "step", index: current.index, agencyId, unitId: current.unitId },
      to: { kind: "leader", agencyId },
      ...stepOutcome(dossier, calendar, now),
      acceptedAt: now,
      acceptedBy: null,
    };
    return { type: "submitted_for_approval", rule: "PRC-2", payload: { handOver } };
  },
  apply: (dossier, { payload }) => ({
    ...dossier,
    status: "awaiting_approval",
    step: null,
    handOvers: [...dossier.handOvers, payload.handOver],
  }),
};
