import { dueAt, remainingAt } from "../../deadline/clock.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isSystem } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { needsLateWarning } from "../phase.ts";
import { clockOf } from "../timing.ts";

/**
 * PRC-7: the scheduled job records that the dossier is due soon (the notifier tells the officers
 * and, if configured, the applicant). Only when `needsLateWarning` says so, once per due date.
 */
export type WarnRunningLateCommand = CommandBase<"warn_running_late">;

export type LateWarningIssuedEvent = EventEnvelope<
  "late_warning_issued",
  { readonly due: number; readonly remainingMinutes: number }
>;

export const warnRunningLate: CommandHandler<WarnRunningLateCommand, LateWarningIssuedEvent> = {
  command: "warn_running_late",
  event: "late_warning_issued",
  rule: "PRC-7",
  check: (dossier, actor, { now, calendar }) =>
    firstError(
      () => (isSystem(actor) ? null : DossierErrors.actorNotAllowed("PRC-7")),
      () => (needsLateWarning(dossier, now, calendar) ? null : DossierErrors.lateWarningNotDue()),
    ),
  decide(dossier, _command, { now, calendar }) {
    const clock = clockOf(dossier);
    return {
      type: "late_warning_issued",
      rule: "PRC-7",
      payload: { due: dueAt(calendar, clock), remainingMinutes: remainingAt(calendar, clock, now) },
    };
  },
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    lateWarnings: [...dossier.lateWarnings, { at, due: payload.due }],
  }),
};
