import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { ResultDelivery } from "../state.ts";

/**
 * RES-2: the one-stop returns the result only if it has no error and the fees are paid.
 * RES-3: electronically (on the portal, stored in the applicant's data store) when chosen;
 * RES-4: at the counter (always possible: an uncollected result stays at the one-stop) or by post
 * when chosen (REC-7).
 */
export interface ReturnResultCommand extends CommandBase<"return_result"> {
  /** Default: the applicant's choice (REC-7). */
  readonly method?: ResultDelivery | null;
  /** Postal tracking number, receipt signature reference, portal message id. */
  readonly reference?: string | null;
}

export type ResultReturnedEvent = EventEnvelope<
  "result_returned",
  { readonly method: ResultDelivery; readonly reference: string | null; readonly storeInDataStore: boolean }
>;

export const returnResult: CommandHandler<ReturnResultCommand, ResultReturnedEvent> = {
  command: "return_result",
  event: "result_returned",
  rule: "RES-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["result_ready"], "RES-2", "return_result"),
      () => requireOneStop(dossier, actor),
      () => (dossier.result?.error ? DossierErrors.resultHasError() : null),
      () =>
        dossier.fees.paid < dossier.fees.due
          ? DossierErrors.feesUnpaid(dossier.fees.due, dossier.fees.paid)
          : null,
    ),
  decide(dossier, command) {
    const method = command.method ?? dossier.resultDelivery;
    if (method !== "counter" && method !== dossier.resultDelivery)
      throw DossierErrors.deliveryNotChosen(method);
    const storeInDataStore = method === "electronic" && dossier.applicantAccountId !== null;
    return {
      type: "result_returned",
      rule: method === "electronic" ? "RES-3" : "RES-4",
      payload: { method, reference: text(command.reference), storeInDataStore },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "returned",
    delivery: { method: payload.method, at, by: actor, reference: payload.reference },
  }),
};
