import type { DossierFormName } from "../../../contracts/documents.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { type ApologyContext, renderApology } from "./render-apology.ts";
import { type ControlSlipContext, renderControlSlip } from "./render-control-slip.ts";
import { type ReceiptContext, renderReceipt } from "./render-receipt.ts";
import { type RefusalContext, renderRefusal } from "./render-refusal.ts";
import { renderStopNotice, type StopNoticeContext } from "./render-stop-notice.ts";
import { renderSupplementRequest, type SupplementRequestContext } from "./render-supplement-request.ts";

/** Everything any of the dossier's forms may use; each renderer reads its own part. */
export type DossierFormContext = ReceiptContext &
  SupplementRequestContext &
  RefusalContext &
  ApologyContext &
  StopNoticeContext &
  ControlSlipContext;

/** A form of a dossier by its key (`mau-01` … `mau-05`, `dung-xu-ly`), as PDF bytes. */
export function renderDossierForm(
  form: DossierFormName,
  dossier: Dossier,
  context: DossierFormContext,
): Promise<Buffer> {
  switch (form) {
    case "mau-01":
      return renderReceipt(dossier, context);
    case "mau-02":
      return renderSupplementRequest(dossier, context);
    case "mau-03":
      return renderRefusal(dossier, context);
    case "mau-04":
      return renderApology(dossier, context);
    case "mau-05":
      return renderControlSlip(dossier, context);
    case "dung-xu-ly":
      return renderStopNotice(dossier, context);
  }
}

/** File names: `mau-01-giay-tiep-nhan-<code>.pdf` (the key, not the printed number). */
const SLUGS: Readonly<Record<DossierFormName, string>> = {
  "mau-01": "giay-tiep-nhan",
  "mau-02": "phieu-yeu-cau-bo-sung",
  "mau-03": "phieu-tu-choi",
  "mau-04": "phieu-xin-loi",
  "mau-05": "phieu-kiem-soat",
  "dung-xu-ly": "thong-bao-dung-xu-ly",
};

export function formFileName(form: DossierFormName, code: string): string {
  return `${form}-${SLUGS[form]}-${code}.pdf`;
}
