import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/** RES-2: the one-stop finds an error in the result; it cannot be returned until corrected (RES-5). */
export interface FlagResultErrorCommand extends CommandBase<"flag_result_error"> {
  readonly description: string;
}

export type ResultErrorFlaggedEvent = EventEnvelope<"result_error_flagged", { readonly description: string }>;

export const flagResultError: CommandHandler<FlagResultErrorCommand, ResultErrorFlaggedEvent> = {
  command: "flag_result_error",
  event: "result_error_flagged",
  rule: "RES-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["result_at_one_stop", "result_ready"], "RES-2", "flag_result_error"),
      () => requireOneStop(dossier, actor),
      () => (dossier.result?.error ? DossierErrors.resultErrorAlreadyFlagged() : null),
    ),
  decide(_dossier, command) {
    const description = text(command.description);
    if (!description) throw DossierErrors.fieldRequired("description", "Nội dung sai sót", "RES-2");
    return { type: "result_error_flagged", rule: "RES-2", payload: { description } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    result: dossier.result
      ? { ...dossier.result, error: { description: payload.description, at, by: actor } }
      : null,
  }),
};
