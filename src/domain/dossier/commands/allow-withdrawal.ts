import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { DossierStatus } from "../status.ts";
import { openSubDeadline, type SubDeadline } from "../sub-deadlines.ts";
import { requireWithdrawalDecider } from "./withdrawal-decider.ts";

/**
 * WDR-3: with no result yet, the withdrawal is allowed; the dossier ends unless the applicant wants
 * the papers back. WDR-4: if they do, the papers go to the one-stop within 1 working day (at once
 * when the dossier never left the one-stop).
 */
export interface AllowWithdrawalCommand extends CommandBase<"allow_withdrawal"> {
  readonly papersBack: boolean;
}

export type WithdrawalAllowedEvent = EventEnvelope<
  "withdrawal_allowed",
  {
    readonly papersBack: boolean;
    readonly status: DossierStatus;
    readonly papersDeadline: SubDeadline | null;
  }
>;

export const allowWithdrawal: CommandHandler<AllowWithdrawalCommand, WithdrawalAllowedEvent> = {
  command: "allow_withdrawal",
  event: "withdrawal_allowed",
  rule: "WDR-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["withdrawal_forwarded"], "WDR-3", "allow_withdrawal"),
      () => requireWithdrawalDecider(dossier, actor),
      () => (dossier.result ? DossierErrors.withdrawalHasResult() : null),
    ),
  decide(dossier, command, { now, calendar }) {
    const papersBack = command.papersBack === true;
    const atOneStop = dossier.processingAgencyId === null;
    const status: DossierStatus = !papersBack
      ? "withdrawn"
      : atOneStop
        ? "withdrawal_papers_returned"
        : "withdrawal_allowed";
    const papersDeadline =
      status === "withdrawal_allowed"
        ? openSubDeadline(calendar, "withdrawal_papers", now, dossier.limits.withdrawalPapers)
        : null;
    return {
      type: "withdrawal_allowed",
      rule: papersBack ? "WDR-4" : "WDR-3",
      payload: { papersBack, status, papersDeadline },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: payload.status,
    withdrawals: replaceLast(dossier.withdrawals, (last) => ({
      ...last,
      decision: { allowed: true, papersBack: payload.papersBack, reason: null, at, by: actor },
      papersSentAt: payload.status === "withdrawal_papers_returned" ? at : null,
      endedAt: payload.status === "withdrawn" ? at : null,
    })),
    subDeadlines: withDeadlines(
      dossier,
      at,
      [{ kind: "withdrawal_decision", as: "done" }],
      payload.papersDeadline ? [payload.papersDeadline] : [],
    ),
  }),
};
