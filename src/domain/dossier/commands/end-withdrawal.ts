import { replaceLast } from "../apply-helpers.ts";
import { firstError, requireOneStop, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/** WDR-4: the one-stop has the papers back; it ends the dossier (and gives the papers back). */
export type EndWithdrawalCommand = CommandBase<"end_withdrawal">;

export type WithdrawalEndedEvent = EventEnvelope<"withdrawal_ended", Record<string, never>>;

export const endWithdrawal: CommandHandler<EndWithdrawalCommand, WithdrawalEndedEvent> = {
  command: "end_withdrawal",
  event: "withdrawal_ended",
  rule: "WDR-4",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["withdrawal_papers_returned"], "WDR-4", "end_withdrawal"),
      () => requireOneStop(dossier, actor),
    ),
  decide: () => ({ type: "withdrawal_ended", rule: "WDR-4", payload: {} }),
  apply: (dossier, { at }) => ({
    ...dossier,
    status: "withdrawn",
    withdrawals: replaceLast(dossier.withdrawals, (last) => ({ ...last, endedAt: at })),
  }),
};
