import { replaceLast } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isAgencyLeader, isOfficer, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier } from "../state.ts";
import { startStep } from "../timing.ts";

/** PRC-4: the receiving agency takes the transferred dossier; its step starts now (Mẫu 05 "Nhận"). */
export type AcceptTransferCommand = CommandBase<"accept_transfer">;

export type TransferAcceptedEvent = EventEnvelope<"transfer_accepted", { readonly step: CurrentStep }>;

function pendingStepIndex(dossier: Dossier): number {
  const last = dossier.handOvers[dossier.handOvers.length - 1];
  return last?.to.kind === "step" ? last.to.index : 0;
}

export const acceptTransfer: CommandHandler<AcceptTransferCommand, TransferAcceptedEvent> = {
  command: "accept_transfer",
  event: "transfer_accepted",
  rule: "PRC-4",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["transferred"], "PRC-4", "accept_transfer"),
      () => {
        const step = dossier.workflow.steps[pendingStepIndex(dossier)];
        const atStep = isOfficer(actor) && actor.role === step?.role && actor.agencyId === step.unitId;
        return atStep || isAgencyLeader(dossier, actor) ? null : DossierErrors.notStepOfficer();
      },
    ),
  decide(dossier, _command, { now, calendar }) {
    const step = startStep(dossier, calendar, pendingStepIndex(dossier), now);
    return { type: "transfer_accepted", rule: "PRC-4", payload: { step } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "in_processing",
    step: payload.step,
    handOvers: replaceLast(dossier.handOvers, (last) => ({ ...last, acceptedAt: at, acceptedBy: actor })),
  }),
};
