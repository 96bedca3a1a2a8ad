import { DossierErrors } from "../errors.ts";
import { firstError, isAgencyOfficer, isOneStop, isStepOfficer, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { isRunningLate } from "../phase.ts";
import { isFinalStatus } from "../status.ts";

/**
 * PRC-8: the reason a dossier is (or will be) late; required before a late finish (result
 * confirmation or refusal). Recorded by the agency or by the one-stop once the dossier is overdue
 * or due within the warning period (never on a dossier well within its time); a later one replaces it.
 */
export interface RecordLatenessReasonCommand extends CommandBase<"record_lateness_reason"> {
  readonly reason: string;
}

export type LatenessReasonRecordedEvent = EventEnvelope<
  "lateness_reason_recorded",
  { readonly reason: string }
>;

export const recordLatenessReason: CommandHandler<RecordLatenessReasonCommand, LatenessReasonRecordedEvent> =
  {
    command: "record_lateness_reason",
    event: "lateness_reason_recorded",
    rule: "PRC-8",
    check: (dossier, actor, { now, calendar }) =>
      firstError(
        () =>
          isFinalStatus(dossier.status) || dossier.clock === null || dossier.finish !== null
            ? DossierErrors.status(dossier.status, "PRC-8", "record_lateness_reason")
            : null,
        () =>
          isStepOfficer(dossier, actor) || isAgencyOfficer(dossier, actor) || isOneStop(dossier, actor)
            ? null
            : DossierErrors.notAgencyOfficer(),
        () => (isRunningLate(dossier, now, calendar) ? null : DossierErrors.latenessReasonNotLate()),
      ),
    decide(_dossier, command) {
      const reason = text(command.reason);
      if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do quá hạn", "PRC-8");
      return { type: "lateness_reason_recorded", rule: "PRC-8", payload: { reason } };
    },
    apply: (dossier, { at, actor, payload }) => ({
      ...dossier,
      latenessReason: { at, by: actor, reason: payload.reason },
    }),
  };
