import { DossierErrors } from "../errors.ts";
import { firstError, requireAgencyOfficer, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";
import type { ResultDocument } from "../state.ts";

/**
 * RES-5: an error caused by officials is corrected or the result replaced, by the agency at its
 * cost; the previous document and the reason are kept. Clears a flagged error (RES-2). Also after
 * the result was returned.
 */
export interface CorrectResultCommand extends CommandBase<"correct_result"> {
  readonly documentNumber: string;
  readonly fileRef: string;
  readonly reason: string;
}

export type ResultCorrectedEvent = EventEnvelope<
  "result_corrected",
  {
    readonly documentNumber: string;
    readonly fileRef: string;
    readonly reason: string;
    readonly previous: ResultDocument;
  }
>;

export const correctResult: CommandHandler<CorrectResultCommand, ResultCorrectedEvent> = {
  command: "correct_result",
  event: "result_corrected",
  rule: "RES-5",
  check: (dossier, actor) =>
    firstError(
      () =>
        requireStatus(dossier, ["result_at_one_stop", "result_ready", "returned"], "RES-5", "correct_result"),
      () => (dossier.result ? null : DossierErrors.resultMissing()),
      () => requireAgencyOfficer(dossier, actor),
    ),
  decide(dossier, command) {
    const documentNumber = text(command.documentNumber);
    const fileRef = text(command.fileRef);
    const reason = text(command.reason);
    if (!documentNumber)
      throw DossierErrors.fieldRequired("documentNumber", "Số, ký hiệu văn bản kết quả", "RES-5");
    if (!fileRef) throw DossierErrors.fieldRequired("fileRef", "Tệp kết quả", "RES-5");
    if (!reason) throw DossierErrors.fieldRequired("reason", "Lý do đính chính", "RES-5");
    const current = dossier.result as ResultDocument;
    if (current.documentNumber === documentNumber && current.fileRef === fileRef)
      throw DossierErrors.nothingToCorrect();
    const previous = { documentNumber: current.documentNumber, fileRef: current.fileRef };
    return {
      type: "result_corrected",
      rule: "RES-5",
      payload: { documentNumber, fileRef, reason, previous },
    };
  },
  apply(dossier, { at, actor, payload }) {
    const result = dossier.result;
    if (!result) return dossier;
    return {
      ...dossier,
      result: {
        ...result,
        documentNumber: payload.documentNumber,
        fileRef: payload.fileRef,
        error: null,
        corrections: [...result.corrections, { ...payload, at, by: actor }],
      },
    };
  },
};
