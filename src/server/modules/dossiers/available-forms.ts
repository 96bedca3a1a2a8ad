import type { DossierFormName } from "../../../contracts/documents.ts";
import type { Dossier } from "../../../domain/dossier/index.ts";
import { formNumber, formSetOf } from "../documents/form-set.ts";

/** The forms that apply to the dossier now (the documents module answers 409 for the others). */
export function availableForms(dossier: Dossier): DossierFormName[] {
  const received = dossier.receivedAt !== null && dossier.clock !== null;
  const applies: Record<DossierFormName, boolean> = {
    "mau-01": received,
    "mau-02": dossier.supplementRequests.length > 0,
    "mau-03": dossier.refusal !== null,
    "mau-04": dossier.apology !== null,
    "mau-05": received,
    // Mẫu 05 of TT 03/2025: only in the set of dossiers received under it.
    "dung-xu-ly": dossier.pauses.length > 0 && formNumber(formSetOf(dossier), "stop_notice") !== null,
  };
  return (Object.keys(applies) as DossierFormName[]).filter((form) => applies[form]);
}
