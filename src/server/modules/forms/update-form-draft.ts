import type { FormVersionDetail } from "../../../contracts/forms.ts";
import type { Db } from "../../db/database.ts";
import { draftChanged, draftEditColumns } from "../catalog/versioned-store.ts";
import { checkDefinition, requireDraft, requireProcedure, versionDetail } from "./form-store.ts";

/**
 * Replaces the definition of a draft. `revision` is the one the editor started from: if someone
 * saved in between, nothing changes and the answer is 409 (reload, then edit again).
 */
export async function updateFormDraft(
  db: Db,
  procedureId: string,
  version: number,
  input: unknown,
  revision: number,
  officerId: string,
): Promise<FormVersionDetail> {
  const procedure = await requireProcedure(db, procedureId);
  const definition = checkDefinition(input);
  const updated = await db
    .updateTable("form_version")
    .set({ definition: JSON.stringify(definition), ...draftEditColumns(officerId) })
    .where("procedure_id", "=", procedureId)
    .where("version", "=", version)
    .where("status", "=", "draft")
    .where("revision", "=", revision)
    .returningAll()
    .executeTakeFirst();
  if (updated) return versionDetail(db, procedure, updated);
  const current = await requireDraft(db, procedureId, version);
  throw draftChanged("FORM_DRAFT_CHANGED", current.revision);
}
