import { closeSegment } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireAgencyOfficer, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { HandOver } from "../state.ts";
import { finishOutcome } from "../timing.ts";

/**
 * RES-1 / PRC-2: the agency sends the result to the one-stop (last row of Mẫu 05, classified
 * against the dossier's due). The agency's period ends (PRC-4); the finish is the one-stop's
 * confirmation.
 */
export type SendResultCommand = CommandBase<"send_result">;

export type ResultSentEvent = EventEnvelope<"result_sent", { readonly handOver: HandOver }>;

export const sendResult: CommandHandler<SendResultCommand, ResultSentEvent> = {
  command: "send_result",
  event: "result_sent",
  rule: "RES-1",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["approved"], "RES-1", "send_result"),
      () => requireAgencyOfficer(dossier, actor),
      () => (dossier.result ? null : DossierErrors.resultMissing()),
    ),
  decide(dossier, command, { now, calendar }) {
    const agencyId = dossier.processingAgencyId as string;
    const handOver: HandOver = {
      at: now,
      by: command.actor,
      from: { kind: "leader", agencyId },
      to: { kind: "one_stop", agencyId: dossier.receivingAgencyId },
      ...finishOutcome(dossier, calendar, now),
      acceptedAt: now,
      acceptedBy: null,
    };
    return { type: "result_sent", rule: "RES-1", payload: { handOver } };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    status: "result_at_one_stop",
    result: dossier.result ? { ...dossier.result, sentAt: at } : null,
    handOvers: [...dossier.handOvers, payload.handOver],
    agencySegments: closeSegment(dossier.agencySegments, at),
  }),
};
