import type { WorkingCalendar } from "../../calendar/working-calendar.ts";
import { type DeadlineClock, restartClock } from "../../deadline/clock.ts";
import { closePause, fulfilRequest, openPause, openSegment, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isOneStop, isOwner, requireStatus, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { CurrentStep, Dossier, SupplementRequestKind } from "../state.ts";
import type { DossierStatus } from "../status.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";
import { clockOf, resumeClocks, startStep } from "../timing.ts";

/**
 * REC-8: the applicant's supplement arrives (online by the applicant on the portal, on paper at
 * the one-stop). The code does not change (CODE-2) and the supplement is kept in the history.
 * - after REC-3 (before acceptance): a new 8-working-hour acceptance period starts;
 * - after PRC-5 (returned for supplement): the processing time restarts from zero now, at the
 *   step that returned it;
 * - after PRC-6 (correction): the pause ends and the clock continues minus the paused time.
 */
export interface ReceiveSupplementCommand extends CommandBase<"receive_supplement"> {
  readonly documents: readonly string[];
  readonly note?: string | null;
}

export type SupplementReceivedEvent = EventEnvelope<
  "supplement_received",
  {
    readonly requestKind: SupplementRequestKind;
    readonly documents: readonly string[];
    readonly note: string | null;
    readonly status: DossierStatus;
    readonly clock: DeadlineClock | null;
    readonly step: CurrentStep | null;
    readonly acceptance: SubDeadline | null;
  }
>;

const STATUSES: readonly DossierStatus[] = [
  "awaiting_online_supplement",
  "awaiting_supplement",
  "correction_requested",
];

const KIND_OF: Partial<Record<DossierStatus, SupplementRequestKind>> = {
  awaiting_online_supplement: "reception",
  awaiting_supplement: "return",
  correction_requested: "correction",
};

function timingAfter(dossier: Dossier, calendar: WorkingCalendar, now: number) {
  switch (dossier.status) {
    case "awaiting_online_supplement": {
      const acceptance = openSubDeadline(calendar, "online_acceptance", now, dossier.limits.onlineAcceptance);
      return { status: "awaiting_acceptance" as const, clock: null, step: null, acceptance };
    }
    case "awaiting_supplement": {
      // PRC-5: counting restarts from zero; the step that returned the dossier takes it again.
      const index = dossier.step?.index ?? 0;
      const clock = restartClock(calendar, clockOf(dossier), now);
      const step = startStep(dossier, calendar, index, now, dossier.step?.unitId);
      return { status: "in_processing" as const, clock, step, acceptance: null };
    }
    default: {
      // PRC-6: the correction pause ends; the dossier goes back where it was.
      const resumed = resumeClocks(dossier, now);
      const status = openPause(dossier)?.returnTo ?? "in_processing";
      return { status, clock: resumed.clock, step: resumed.step, acceptance: null };
    }
  }
}

export const receiveSupplement: CommandHandler<ReceiveSupplementCommand, SupplementReceivedEvent> = {
  command: "receive_supplement",
  event: "supplement_received",
  rule: "REC-8",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, STATUSES, "REC-8", "receive_supplement"),
      () => (isOneStop(dossier, actor) || isOwner(dossier, actor) ? null : DossierErrors.notOneStop()),
    ),
  decide(dossier, command, { now, calendar }) {
    const documents = texts(command.documents);
    if (documents.length === 0)
      throw DossierErrors.fieldRequired("documents", "Thành phần hồ sơ bổ sung", "REC-8");
    const requestKind = KIND_OF[dossier.status] ?? "return";
    const { status, clock, step, acceptance } = timingAfter(dossier, calendar, now);
    return {
      type: "supplement_received",
      rule: requestKind === "return" ? "PRC-5" : requestKind === "correction" ? "PRC-6" : "REC-8",
      payload: { requestKind, documents, note: text(command.note), status, clock, step, acceptance },
    };
  },
  apply(dossier, { at, actor, payload }) {
    const { requestKind, documents, note } = payload;
    const base: Dossier = {
      ...dossier,
      status: payload.status,
      supplements: [...dossier.supplements, { at, by: actor, requestKind, documents, note }],
      supplementRequests: fulfilRequest(dossier, requestKind, at),
    };
    if (requestKind === "reception") {
      return {
        ...base,
        subDeadlines: withDeadlines(dossier, at, [], payload.acceptance ? [payload.acceptance] : []),
      };
    }
    if (requestKind === "return") {
      const agencyId = dossier.processingAgencyId ?? dossier.receivingAgencyId;
      return {
        ...base,
        clock: payload.clock,
        step: payload.step,
        agencySegments: openSegment(dossier.agencySegments, agencyId, at),
      };
    }
    return {
      ...base,
      clock: payload.clock,
      step: payload.step,
      pauses: closePause(dossier, at, documents[0] ?? null),
    };
  },
};
