import type { Dossier } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";

/**
 * RES-3: once a dossier is returned electronically to the e-ID account that owns it (online
 * dossiers: `applicantAccountId`), its electronic result file lands in that citizen's data store,
 * by itself, inside the caller's transaction (the one that records the change). Called after any
 * command on a returned dossier, it is idempotent: a file already in the store is left as it is
 * (so a result corrected after return, RES-5, joins the store too). Counter dossiers without an
 * owner, and results handed over on paper or by post, are not stored.
 */
export async function storeDossierResult(trx: Db, dossier: Dossier): Promise<void> {
  if (dossier.status !== "returned" || dossier.delivery?.method !== "electronic") return;
  const citizenId = dossier.applicantAccountId;
  const result = dossier.result;
  if (!citizenId || !result) return;
  const file = await trx
    .selectFrom("dossier_attachment")
    .select("file_id")
    .where("dossier_id", "=", dossier.id)
    .where("purpose", "=", "result")
    .where("file_id", "=", result.fileRef)
    .executeTakeFirst();
  if (!file?.file_id) return;
  await trx
    .insertInto("data_store_item")
    .values({
      citizen_id: citizenId,
      file_id: file.file_id,
      title: `Kết quả: ${dossier.procedure.name}`.slice(0, 200),
      kind: "result",
      source_dossier_id: dossier.id,
      source_dossier_code: dossier.code,
      document_number: result.documentNumber,
    })
    .onConflict((oc) => oc.columns(["citizen_id", "file_id"]).doNothing())
    .execute();
}
