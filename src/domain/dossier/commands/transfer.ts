import { openSegment } from "../apply-helpers.ts";
import { firstError, requireStatus, requireStepOfficer } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, HandOver } from "../state.ts";
import { stepOutcome } from "../timing.ts";
import { chooseNextStep, nextStepCheck } from "../workflow-nav.ts";

/**
 * PRC-4 (liên thông): the next step belongs to another agency; the dossier passes to it. From now
 * the time counts for that agency (its own period in `agencySegments`); the dossier waits in
 * `transferred` until the agency accepts it.
 */
export interface TransferCommand extends CommandBase<"transfer"> {
  /** At a branch (PRC-1), the step chosen; otherwise the following step. */
  readonly toStep?: number | null;
}

export type TransferredEvent = EventEnvelope<
  "transferred",
  { readonly handOver: HandOver; readonly toAgencyId: string }
>;

export const transfer: CommandHandler<TransferCommand, TransferredEvent> = {
  command: "transfer",
  event: "transferred",
  rule: "PRC-4",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["in_processing"], "PRC-4", "transfer"),
      () => requireStepOfficer(dossier, actor),
      () => nextStepCheck(dossier, false),
    ),
  decide(dossier, command, { now, calendar }) {
    const current = dossier.step as CurrentStep;
    const index = chooseNextStep(dossier, command.toStep, false);
    const next = dossier.workflow.steps[index];
    const fromAgency = dossier.workflow.steps[current.index]?.agencyId as string;
    const toAgencyId = next?.agencyId as string;
    const handOver: HandOver = {
      at: now,
      by: command.actor,
      from: { kind: "step", index: current.index, agencyId: fromAgency, unitId: current.unitId },
      to: { kind: "step", index, agencyId: toAgencyId, unitId: next?.unitId as string },
      ...stepOutcome(dossier, calendar, now),
      acceptedAt: null,
      acceptedBy: null,
    };
    return { type: "transferred", rule: "PRC-4", payload: { handOver, toAgencyId } };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    status: "transferred",
    step: null,
    processingAgencyId: payload.toAgencyId,
    handOvers: [...dossier.handOvers, payload.handOver],
    agencySegments: openSegment(dossier.agencySegments, payload.toAgencyId, at),
  }),
};
