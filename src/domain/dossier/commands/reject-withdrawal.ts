import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { DossierStatus } from "../status.ts";
import { requireWithdrawalDecider } from "./withdrawal-decider.ts";

/** WDR-3: a dossier that already has a result is not withdrawn; it goes back to where it was. */
export interface RejectWithdrawalCommand extends CommandBase<"reject_withdrawal"> {
  readonly reason: string;
}

export type WithdrawalRejectedEvent = EventEnvelope<
  "withdrawal_rejected",
  { readonly reason: string; readonly returnTo: DossierStatus }
>;

export const rejectWithdrawal: CommandHandler<RejectWithdrawalCommand, WithdrawalRejectedEvent> = {
  command: "reject_withdrawal",
  event: "withdrawal_rejected",
  rule: "WDR-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["withdrawal_forwarded"], "WDR-3", "reject_withdrawal"),
      () => requireWithdrawalDecider(dossier, actor),
      () => (dossier.result ? null : DossierErrors.withdrawalMustBeAllowed()),
    ),
  decide(dossier, command) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do không cho rút hồ sơ", "WDR-3");
    const returnTo = dossier.withdrawals[dossier.withdrawals.length - 1]?.returnTo ?? "in_processing";
    return { type: "withdrawal_rejected", rule: "WDR-3", payload: { reason, returnTo } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: payload.returnTo,
    withdrawals: replaceLast(dossier.withdrawals, (last) => ({
      ...last,
      decision: { allowed: false, papersBack: null, reason: payload.reason, at, by: actor },
    })),
    subDeadlines: withDeadlines(dossier, at, [{ kind: "withdrawal_decision", as: "done" }]),
  }),
};
