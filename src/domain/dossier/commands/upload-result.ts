import { DossierErrors } from "../errors.ts";
import { firstError, requireAgencyOfficer, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/**
 * RES-1: the agency uploads the electronic result (or a scan of the paper one) with its document
 * number. Before it is sent to the one-stop, a new upload replaces the previous one.
 */
export interface UploadResultCommand extends CommandBase<"upload_result"> {
  readonly documentNumber: string;
  readonly fileRef: string;
}

export type ResultUploadedEvent = EventEnvelope<
  "result_uploaded",
  { readonly documentNumber: string; readonly fileRef: string }
>;

export const uploadResult: CommandHandler<UploadResultCommand, ResultUploadedEvent> = {
  command: "upload_result",
  event: "result_uploaded",
  rule: "RES-1",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["approved"], "RES-1", "upload_result"),
      () => requireAgencyOfficer(dossier, actor),
    ),
  decide(_dossier, command) {
    const documentNumber = text(command.documentNumber);
    const fileRef = text(command.fileRef);
    if (!documentNumber)
      throw DossierErrors.fieldRequired("documentNumber", "Số, ký hiệu văn bản kết quả", "RES-1");
    if (!fileRef) throw DossierErrors.fieldRequired("fileRef", "Tệp kết quả", "RES-1");
    return { type: "result_uploaded", rule: "RES-1", payload: { documentNumber, fileRef } };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    result: { ...payload, uploadedAt: at, uploadedBy: actor, sentAt: null, error: null, corrections: [] },
  }),
};
