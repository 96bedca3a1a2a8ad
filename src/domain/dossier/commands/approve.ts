import { firstError, requireLeader, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/** PRC-9: the agency leader approves; the result is then issued (`upload_result`). */
export interface ApproveCommand extends CommandBase<"approve"> {
  readonly note?: string | null;
}

export type ApprovedEvent = EventEnvelope<"approved", { readonly note: string | null }>;

export const approve: CommandHandler<ApproveCommand, ApprovedEvent> = {
  command: "approve",
  event: "approved",
  rule: "PRC-9",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["awaiting_approval"], "PRC-9", "approve"),
      () => requireLeader(dossier, actor),
    ),
  decide: (_dossier, command) => ({ type: "approved", rule: "PRC-9", payload: { note: text(command.note) } }),
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "approved",
    approvals: [
      ...dossier.approvals,
      { at, by: actor, decision: "approved", note: payload.note, toStep: null },
    ],
  }),
};
