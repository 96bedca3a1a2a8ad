import { openSegment } from "../apply-helpers.ts";
import { firstError, requireOneStop, requireStatus, requireStepOfficer } from "../guards.ts";
import type { CommandBase, CommandHandler, Context, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier, HandOver } from "../state.ts";
import { startStep, stepOutcome } from "../timing.ts";
import { chooseNextStep, nextStepCheck } from "../workflow-nav.ts";

/**
 * PRC-2: the dossier moves to the next step of its workflow and the hand-over is recorded: who,
 * when, and whether the step handed over finished early, on time or late by its own duration
 * (the Mẫu 05 control slip is built from these records). From `received`, the one-stop hands the
 * dossier to the first step; between steps of different agencies use `transfer` (PRC-4).
 */
export interface HandOverCommand extends CommandBase<"hand_over"> {
  /** At a branch (PRC-1), the step chosen; otherwise the following step. */
  readonly toStep?: number | null;
}

export type HandedOverEvent = EventEnvelope<
  "handed_over",
  { readonly handOver: HandOver; readonly step: CurrentStep; readonly processingAgencyId: string }
>;

function fromOneStop(dossier: Dossier, command: HandOverCommand, { now, calendar }: Context) {
  const step = startStep(dossier, calendar, 0, now);
  const agencyId = dossier.workflow.steps[0]?.agencyId ?? dossier.receivingAgencyId;
  const handOver: HandOver = {
    at: now,
    by: command.actor,
    from: { kind: "one_stop", agencyId: dossier.receivingAgencyId },
    to: { kind: "step", index: 0, agencyId, unitId: step.unitId },
    outcome: null,
    due: null,
    acceptedAt: now,
    acceptedBy: null,
  };
  return { handOver, step, processingAgencyId: agencyId };
}

export const handOver: CommandHandler<HandOverCommand, HandedOverEvent> = {
  command: "hand_over",
  event: "handed_over",
  rule: "PRC-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["received", "in_processing"], "PRC-2", "hand_over"),
      () =>
        dossier.status === "received" ? requireOneStop(dossier, actor) : requireStepOfficer(dossier, actor),
      () => (dossier.status === "in_processing" ? nextStepCheck(dossier, true) : null),
    ),
  decide(dossier, command, context) {
    if (dossier.status === "received") {
      return { type: "handed_over", rule: "PRC-2", payload: fromOneStop(dossier, command, context) };
    }
    const { now, calendar } = context;
    const current = dossier.step as CurrentStep;
    const index = chooseNextStep(dossier, command.toStep, true);
    const step = startStep(dossier, calendar, index, now);
    const agencyId = dossier.workflow.steps[index]?.agencyId as string;
    const handOver: HandOver = {
      at: now,
      by: command.actor,
      from: { kind: "step", index: current.index, agencyId, unitId: current.unitId },
      to: { kind: "step", index, agencyId, unitId: step.unitId },
      ...stepOutcome(dossier, calendar, now),
      acceptedAt: now,
      acceptedBy: null,
    };
    return { type: "handed_over", rule: "PRC-2", payload: { handOver, step, processingAgencyId: agencyId } };
  },
  apply(dossier, { at, payload }) {
    const agencyChanged = dossier.processingAgencyId !== payload.processingAgencyId;
    return {
      ...dossier,
      status: "in_processing",
      step: payload.step,
      processingAgencyId: payload.processingAgencyId,
      handOvers: [...dossier.handOvers, payload.handOver],
      agencySegments: agencyChanged
        ? openSegment(dossier.agencySegments, payload.processingAgencyId, at)
        : dossier.agencySegments,
    };
  },
};
