import { DossierErrors } from "../errors.ts";
import { firstError, isAgencyLeader, isStepUnitHead, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep } from "../state.ts";

/**
 * PRC-9: the head of the step's unit (or the agency leader) assigns the step to a unit and an
 * officer; from then on only that officer acts on the step.
 */
export interface AssignCommand extends CommandBase<"assign"> {
  readonly officerId: string;
  /** Another unit of the agency to do the step (default: the step's unit). */
  readonly unitId?: string | null;
}

export type AssignedEvent = EventEnvelope<
  "assigned",
  { readonly unitId: string; readonly assigneeId: string }
>;

export const assign: CommandHandler<AssignCommand, AssignedEvent> = {
  command: "assign",
  event: "assigned",
  rule: "PRC-9",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["in_processing"], "PRC-9", "assign"),
      () =>
        isStepUnitHead(dossier, actor) || isAgencyLeader(dossier, actor) ? null : DossierErrors.notUnitHead(),
    ),
  decide(dossier, command) {
    const assigneeId = text(command.officerId);
    if (!assigneeId) throw DossierErrors.fieldRequired("officerId", "Cán bộ được phân công", "PRC-9");
    const unitId = text(command.unitId) ?? (dossier.step as CurrentStep).unitId;
    return { type: "assigned", rule: "PRC-9", payload: { unitId, assigneeId } };
  },
  apply: (dossier, { payload }) => ({
    ...dossier,
    step: dossier.step ? { ...dossier.step, unitId: payload.unitId, assigneeId: payload.assigneeId } : null,
  }),
};
