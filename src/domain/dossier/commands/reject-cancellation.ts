import { replaceLast, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { DossierStatus } from "../status.ts";
import { requireProcedureControl } from "./decide-cancellation.ts";

/** CAN-2: the provincial office refuses the cancellation; the dossier goes back to where it was. */
export interface RejectCancellationCommand extends CommandBase<"reject_cancellation"> {
  readonly reason: string;
}

export type CancellationRejectedEvent = EventEnvelope<
  "cancellation_rejected",
  { readonly reason: string; readonly returnTo: DossierStatus }
>;

export const rejectCancellation: CommandHandler<RejectCancellationCommand, CancellationRejectedEvent> = {
  command: "reject_cancellation",
  event: "cancellation_rejected",
  rule: "CAN-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["cancellation_requested"], "CAN-2", "reject_cancellation"),
      () => requireProcedureControl(actor),
    ),
  decide(dossier, command) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do không phê duyệt hủy", "CAN-2");
    const returnTo = dossier.cancellations[dossier.cancellations.length - 1]?.returnTo ?? "received";
    return { type: "cancellation_rejected", rule: "CAN-2", payload: { reason, returnTo } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: payload.returnTo,
    cancellations: replaceLast(dossier.cancellations, (last) => ({
      ...last,
      decision: { approved: false, reason: payload.reason, at, by: actor },
    })),
    subDeadlines: withDeadlines(dossier, at, [{ kind: "cancellation_review", as: "done" }]),
  }),
};
