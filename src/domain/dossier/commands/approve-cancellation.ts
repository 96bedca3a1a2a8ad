import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { firstError, requireStatus } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import { requireProcedureControl } from "./decide-cancellation.ts";

/**
 * CAN-2/CAN-3: the provincial office approves; the dossier is cancelled (kept and searchable, never
 * counted in statistics). The approver is recorded.
 */
export type ApproveCancellationCommand = CommandBase<"approve_cancellation">;

export type CancellationApprovedEvent = EventEnvelope<"cancellation_approved", Record<string, never>>;

export const approveCancellation: CommandHandler<ApproveCancellationCommand, CancellationApprovedEvent> = {
  command: "approve_cancellation",
  event: "cancellation_approved",
  rule: "CAN-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["cancellation_requested"], "CAN-2", "approve_cancellation"),
      () => requireProcedureControl(actor),
    ),
  decide: () => ({ type: "cancellation_approved", rule: "CAN-2", payload: {} }),
  apply: (dossier, { at, actor }) => ({
    ...dossier,
    status: "cancelled",
    cancellations: replaceLast(dossier.cancellations, (last) => ({
      ...last,
      decision: { approved: true, reason: null, at, by: actor },
    })),
    subDeadlines: withDeadlines(dossier, at, [{ kind: "cancellation_review", as: "done" }]),
  }),
};
