import type { OnlineDraft } from "../../../contracts/online-drafts.ts";
import type { Db } from "../../db/database.ts";
import { DRAFT_NOT_FOUND, discardSubmittedDraft, draftKeyUsed } from "./discard-draft.ts";

/**
 * The citizen's draft for a procedure, to resume (on any device). Files the upkeep has since
 * deleted (never attached) are left out, so the citizen uploads them again. A draft whose dossier
 * was submitted (its key used) is deleted and not found: it never resumes.
 */
export async function readDraft(db: Db, citizenId: string, procedureId: string): Promise<OnlineDraft> {
  const row = await db
    .selectFrom("online_draft")
    .selectAll()
    .where("citizen_id", "=", citizenId)
    .where("procedure_id", "=", procedureId)
    .executeTakeFirst();
  if (!row) throw DRAFT_NOT_FOUND;
  if (await draftKeyUsed(db, citizenId, row.idempotency_key)) {
    await discardSubmittedDraft(db, citizenId, procedureId);
    throw DRAFT_NOT_FOUND;
  }
  const files = await ownFiles(
    db,
    citizenId,
    row.components.map((c) => c.fileId),
  );
  return {
    procedureId: row.procedure_id,
    idempotencyKey: row.idempotency_key,
    formVersion: row.form_version,
    step: row.step,
    agencyId: row.agency_id,
    formData: row.form_data,
    components: row.components.flatMap((c) => {
      const file = files.get(c.fileId);
      return file ? [{ index: c.index, file }] : [];
    }),
    resultDelivery: row.result_delivery,
    updatedAt: row.updated_at.toISOString(),
  };
}

async function ownFiles(db: Db, citizenId: string, ids: string[]) {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("stored_file")
    .select(["id", "mime", "size", "sha256", "file_name", "signature"])
    .where("id", "in", ids)
    .where((eb) =>
      eb.or([
        eb("uploaded_by", "=", `citizen:${citizenId}`),
        // DIG-1: a document picked from the citizen's data store (e.g. a result an officer uploaded).
        eb.exists(
          eb
            .selectFrom("data_store_item as i")
            .select("i.id")
            .whereRef("i.file_id", "=", "stored_file.id")
            .where("i.citizen_id", "=", citizenId),
        ),
      ]),
    )
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        mime: r.mime,
        size: r.size,
        sha256: r.sha256.toString("hex"),
        name: r.file_name,
        signature: r.signature,
      },
    ]),
  );
}
