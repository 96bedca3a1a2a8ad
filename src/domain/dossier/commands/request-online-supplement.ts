import { withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/**
 * REC-3: instead of accepting, the one-stop asks the online applicant to supplement (Mẫu 02),
 * with the reason and everything missing, given once. The applicant supplements on the portal
 * (REC-8), and a new 8-working-hour acceptance period starts.
 */
export interface RequestOnlineSupplementCommand extends CommandBase<"request_online_supplement"> {
  readonly reason: string;
  readonly items: readonly string[];
}

export type OnlineSupplementRequestedEvent = EventEnvelope<
  "online_supplement_requested",
  { readonly reason: string; readonly items: readonly string[] }
>;

export const requestOnlineSupplement: CommandHandler<
  RequestOnlineSupplementCommand,
  OnlineSupplementRequestedEvent
> = {
  command: "request_online_supplement",
  event: "online_supplement_requested",
  rule: "REC-3",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["awaiting_acceptance"], "REC-3", "request_online_supplement"),
      () => requireOneStop(dossier, actor),
      () => (dossier.counters.receptionSupplements > 0 ? DossierErrors.receptionSupplementOnce() : null),
    ),
  decide(_dossier, command) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do yêu cầu bổ sung", "REC-3");
    const items = texts(command.items);
    if (items.length === 0) throw DossierErrors.itemsRequired("REC-3");
    return { type: "online_supplement_requested", rule: "REC-3", payload: { reason, items } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "awaiting_online_supplement",
    counters: { ...dossier.counters, receptionSupplements: dossier.counters.receptionSupplements + 1 },
    supplementRequests: [
      ...dossier.supplementRequests,
      { kind: "reception", rule: "REC-3", at, by: actor, ...payload, stepIndex: null, fulfilledAt: null },
    ],
    subDeadlines: withDeadlines(dossier, at, [{ kind: "online_acceptance", as: "done" }]),
  }),
};
