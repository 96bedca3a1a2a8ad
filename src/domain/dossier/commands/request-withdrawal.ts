import { DossierErrors } from "../errors.ts";
import { firstError, isOneStop, isOwner, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { DossierStatus } from "../status.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";

/**
 * WDR-1: the applicant asks to withdraw, online on the portal or by letter at the one-stop (the
 * letter is scanned and attached), always with a reason. WDR-2: the one-stop must forward it within
 * 0.5 working day. The dossier's clock keeps running underneath.
 */
export interface RequestWithdrawalCommand extends CommandBase<"request_withdrawal"> {
  readonly reason: string;
  /** WDR-1: the scanned letter, when the one-stop enters a paper request. */
  readonly letterRef?: string | null;
}

export type WithdrawalRequestedEvent = EventEnvelope<
  "withdrawal_requested",
  {
    readonly reason: string;
    readonly channel: "online" | "letter";
    readonly letterRef: string | null;
    readonly returnTo: DossierStatus;
    readonly forwardDeadline: SubDeadline;
  }
>;

/** States from which a withdrawal may be asked (before the result is confirmed). */
export const WITHDRAWABLE: readonly DossierStatus[] = [
  "awaiting_acceptance",
  "awaiting_online_supplement",
  "received",
  "in_processing",
  "transferred",
  "awaiting_supplement",
  "correction_requested",
  "paused",
  "awaiting_approval",
  "approved",
  "result_at_one_stop",
];

export const requestWithdrawal: CommandHandler<RequestWithdrawalCommand, WithdrawalRequestedEvent> = {
  command: "request_withdrawal",
  event: "withdrawal_requested",
  rule: "WDR-1",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, WITHDRAWABLE, "WDR-1", "request_withdrawal"),
      () => (isOwner(dossier, actor) || isOneStop(dossier, actor) ? null : DossierErrors.notOneStop()),
    ),
  decide(dossier, command, { now, calendar }) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do rút hồ sơ", "WDR-1");
    const channel = command.actor.kind === "applicant" ? "online" : "letter";
    const letterRef = text(command.letterRef);
    if (channel === "letter" && !letterRef) throw DossierErrors.withdrawalLetterRequired();
    const forwardDeadline = openSubDeadline(
      calendar,
      "withdrawal_forward",
      now,
      dossier.limits.withdrawalForward,
    );
    return {
      type: "withdrawal_requested",
      rule: "WDR-1",
      payload: { reason, channel, letterRef, returnTo: dossier.status, forwardDeadline },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "withdrawal_requested",
    withdrawals: [
      ...dossier.withdrawals,
      {
        reason: payload.reason,
        channel: payload.channel,
        letterRef: payload.letterRef,
        requestedAt: at,
        requestedBy: actor,
        returnTo: payload.returnTo,
        forwardedAt: null,
        decision: null,
        papersSentAt: null,
        endedAt: null,
      },
    ],
    subDeadlines: [...dossier.subDeadlines, payload.forwardDeadline],
  }),
};
