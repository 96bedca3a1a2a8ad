import type { DossierFormName } from "../../../contracts/documents.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { type ApologyContext, renderApology } from "./render-apology.ts";
import { type ControlSlipContext, renderControlSlip } from "./render-control-slip.ts";
import { type ReceiptContext, renderReceipt } from "./render-receipt.ts";
import { type RefusalContext, renderRefusal } from "./render-refusal.ts";
import { renderSupplementRequest, type SupplementRequestContext } from "./render-supplement-request.ts";

/** Everything any of Mẫu 01–05 may use; each renderer reads its own part. */
export type DossierFormContext = ReceiptContext &
  SupplementRequestContext &
  RefusalContext &
  ApologyContext &
  ControlSlipContext;

/** Mẫu 01–05 of a dossier by name (`mau-01` … `mau-05`), as PDF bytes. */
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
  }
}

/** File names: `mau-01-giay-tiep-nhan-<code>.pdf`. */
const SLUGS: Readonly<Record<DossierFormName, string>> = {
  "mau-01": "giay-tiep-nhan",
  "mau-02": "phieu-yeu-cau-bo-sung",
  "mau-03": "phieu-tu-choi",
  "mau-04": "phieu-xin-loi",
  "mau-05": "phieu-kiem-soat",
};

export function formFileName(form: DossierFormName, code: string): string {
  return `${form}-${SLUGS[form]}-${code}.pdf`;
}
