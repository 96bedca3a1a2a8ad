import { closeSegment, withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, isResponsibleFor, requireStatus, text, texts } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { Dossier } from "../state.ts";

/**
 * PRC-5: not eligible after review → returned with a written reason and what to add (Mẫu 02),
 * no later than the configured limit after reception (default 3 working days), only once per
 * dossier. The processing time restarts from zero when the complete dossier arrives
 * (`receive_supplement`).
 */
export interface ReturnForSupplementCommand extends CommandBase<"return_for_supplement"> {
  readonly reason: string;
  readonly items: readonly string[];
}

export type ReturnedForSupplementEvent = EventEnvelope<
  "returned_for_supplement",
  { readonly reason: string; readonly items: readonly string[]; readonly stepIndex: number | null }
>;

/** PRC-5: the window after reception in which a return is still allowed. */
function windowCheck(dossier: Dossier, now: number) {
  const window = dossier.subDeadlines.findLast((entry) => entry.kind === "supplement_return_window");
  return window && now <= window.due ? null : DossierErrors.supplementTooLate(window?.due ?? 0);
}

export const returnForSupplement: CommandHandler<ReturnForSupplementCommand, ReturnedForSupplementEvent> = {
  command: "return_for_supplement",
  event: "returned_for_supplement",
  rule: "PRC-5",
  check: (dossier, actor, { now }) =>
    firstError(
      () => requireStatus(dossier, ["in_processing"], "PRC-5", "return_for_supplement"),
      () => (isResponsibleFor(dossier, "in_processing", actor) ? null : DossierErrors.notStepOfficer()),
      () => (dossier.counters.supplementReturns > 0 ? DossierErrors.supplementOnce() : null),
      () => windowCheck(dossier, now),
    ),
  decide(dossier, command) {
    const reason = text(command.reason);
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do trả hồ sơ", "PRC-5");
    const items = texts(command.items);
    if (items.length === 0) throw DossierErrors.itemsRequired("PRC-5");
    return {
      type: "returned_for_supplement",
      rule: "PRC-5",
      payload: { reason, items, stepIndex: dossier.step?.index ?? null },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "awaiting_supplement",
    counters: { ...dossier.counters, supplementReturns: dossier.counters.supplementReturns + 1 },
    supplementRequests: [
      ...dossier.supplementRequests,
      { kind: "return", rule: "PRC-5", at, by: actor, ...payload, fulfilledAt: null },
    ],
    subDeadlines: withDeadlines(dossier, at, [{ kind: "supplement_return_window", as: "done" }]),
    agencySegments: closeSegment(dossier.agencySegments, at),
  }),
};
