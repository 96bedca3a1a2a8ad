import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { firstError, requireOneStop, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";

/** WDR-2: the one-stop forwards the request to the processing agency; WDR-3's 1 working day starts. */
export type ForwardWithdrawalCommand = CommandBase<"forward_withdrawal">;

export type WithdrawalForwardedEvent = EventEnvelope<
  "withdrawal_forwarded",
  { readonly decisionDeadline: SubDeadline }
>;

export const forwardWithdrawal: CommandHandler<ForwardWithdrawalCommand, WithdrawalForwardedEvent> = {
  command: "forward_withdrawal",
  event: "withdrawal_forwarded",
  rule: "WDR-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["withdrawal_requested"], "WDR-2", "forward_withdrawal"),
      () => requireOneStop(dossier, actor),
    ),
  decide: (dossier, _command, { now, calendar }) => ({
    type: "withdrawal_forwarded",
    rule: "WDR-2",
    payload: {
      decisionDeadline: openSubDeadline(
        calendar,
        "withdrawal_decision",
        now,
        dossier.limits.withdrawalDecision,
      ),
    },
  }),
  apply: (dossier, { at, payload }) => ({
    ...dossier,
    status: "withdrawal_forwarded",
    withdrawals: replaceLast(dossier.withdrawals, (last) => ({ ...last, forwardedAt: at })),
    subDeadlines: withDeadlines(
      dossier,
      at,
      [{ kind: "withdrawal_forward", as: "done" }],
      [payload.decisionDeadline],
    ),
  }),
};
