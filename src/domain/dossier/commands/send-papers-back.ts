import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { firstError, requireAgencyOfficer, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/** WDR-4: the agency sends the papers to the one-stop (within 1 working day of allowing). */
export type SendPapersBackCommand = CommandBase<"send_papers_back">;

export type PapersSentBackEvent = EventEnvelope<"papers_sent_back", Record<string, never>>;

export const sendPapersBack: CommandHandler<SendPapersBackCommand, PapersSentBackEvent> = {
  command: "send_papers_back",
  event: "papers_sent_back",
  rule: "WDR-4",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["withdrawal_allowed"], "WDR-4", "send_papers_back"),
      () => requireAgencyOfficer(dossier, actor),
    ),
  decide: () => ({ type: "papers_sent_back", rule: "WDR-4", payload: {} }),
  apply: (dossier, { at }) => ({
    ...dossier,
    status: "withdrawal_papers_returned",
    withdrawals: replaceLast(dossier.withdrawals, (last) => ({ ...last, papersSentAt: at })),
    subDeadlines: withDeadlines(dossier, at, [{ kind: "withdrawal_papers", as: "done" }]),
  }),
};
