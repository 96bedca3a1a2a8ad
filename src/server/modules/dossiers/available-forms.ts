import type { DossierFormName } from "../../../contracts/documents.ts";
import type { Dossier } from "../../../domain/dossier/index.ts";

/** The forms that apply to the dossier now (the documents module answers 409 for the others). */
export function availableForms(dossier: Dossier): DossierFormName[] {
  const received = dossier.receivedAt !== null && dossier.clock !== null;
  const applies: Record<DossierFormName, boolean> = {
    "mau-01": received,
    "mau-02": dossier.supplementRequests.length > 0,
    "mau-03": dossier.refusal !== null,
    "mau-04": dossier.apology !== null,
    "mau-05": received,
  };
  return (Object.keys(applies) as DossierFormName[]).filter((form) => applies[form]);
}
