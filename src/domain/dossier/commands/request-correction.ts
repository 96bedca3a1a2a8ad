import type { DeadlineClock } from "../../deadline/clock.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, requireStatus, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { pauseClocks } from "../timing.ts";

/**
 * PRC-6 / PAU-1(c): eligible but needs correction → written request (Mẫu 02); the dossier is
 * paused until the applicant resubmits (`receive_supplement`); only once per dossier; the clock
 * then continues, minus the paused time.
 */
export interface RequestCorrectionCommand extends CommandBase<"request_correction"> {
  readonly reason: string;
  readonly items: readonly string[];
}

export type CorrectionRequestedEvent = EventEnvelope<
  "correction_requested",
  {
    readonly reason: string;
    readonly items: readonly string[];
    readonly returnTo: DossierStatus;
    readonly clock: DeadlineClock;
    readonly step: CurrentStep | null;
  }
>;

const FROM: readonly DossierStatus[] = ["in_processing", "awaiting_approval"];

export const requestCorrection: CommandHandler<RequestCorrectionCommand, CorrectionRequestedEvent> = {
  command: "request_correction",
  event: "correction_requested",
  rule: "PRC-6",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, FROM, "PRC-6", "request_correction"),
      () => (isResponsibleFor(dossier, dossier.status, actor) ? null : DossierErrors.notStepOfficer()),
      () => (dossier.counters.corrections > 0 ? DossierErrors.correctionOnce() : null),
    ),
  decide(dossier, command, { now }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Nội dung cần sửa đổi, bổ sung", "PRC-6");
    const items = texts(command.items);
    if (items.length === 0) throw DossierErrors.itemsRequired("PRC-6");
    const { clock, step } = pauseClocks(dossier, now, "correction_request");
    return {
      type: "correction_requested",
      rule: "PRC-6",
      payload: { reason, items, returnTo: dossier.status, clock: clock as DeadlineClock, step },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "correction_requested",
    clock: payload.clock,
    step: payload.step,
    counters: { ...dossier.counters, corrections: dossier.counters.corrections + 1 },
    supplementRequests: [
      ...dossier.supplementRequests,
      {
        kind: "correction",
        rule: "PRC-6",
        at,
        by: actor,
        reason: payload.reason,
        items: payload.items,
        stepIndex: dossier.step?.index ?? null,
        fulfilledAt: null,
      },
    ],
    pauses: [
      ...dossier.pauses,
      {
        reason: "correction_request",
        proofRef: `mau-02#${dossier.supplementRequests.length}`,
        by: actor,
        from: at,
        to: null,
        resumeRef: null,
        returnTo: payload.returnTo,
      },
    ],
  }),
};
