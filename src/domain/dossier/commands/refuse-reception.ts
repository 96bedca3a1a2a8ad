import { withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/** REC-3 / REC-2(c): the one-stop refuses an online dossier with the specific reason (Mẫu 03). */
export interface RefuseReceptionCommand extends CommandBase<"refuse_reception"> {
  readonly reason: string;
}

export type ReceptionRefusedEvent = EventEnvelope<"reception_refused", { readonly reason: string }>;

export const refuseReception: CommandHandler<RefuseReceptionCommand, ReceptionRefusedEvent> = {
  command: "refuse_reception",
  event: "reception_refused",
  rule: "REC-3",
  check: (dossier, actor) =>
    firstError(
      () =>
        requireStatus(
          dossier,
          ["awaiting_acceptance", "awaiting_online_supplement"],
          "REC-3",
          "refuse_reception",
        ),
      () => requireOneStop(dossier, actor),
    ),
  decide(_dossier, command) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do từ chối tiếp nhận", "REC-3");
    return { type: "reception_refused", rule: "REC-3", payload: { reason } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "refused_at_reception",
    refusal: { stage: "reception", rule: "REC-3", reason: payload.reason, at, effectiveAt: at, by: actor },
    subDeadlines: withDeadlines(dossier, at, [{ kind: "online_acceptance", as: "done" }]),
  }),
};
