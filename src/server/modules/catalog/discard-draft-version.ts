import type { Db } from "../../db/database.ts";
import { lockDraft } from "./find-version.ts";
import { inTransaction } from "./versioned-store.ts";

/**
 * Deletes a draft version that was never published (no dossier can refer to it). Published and
 * retired versions are kept forever (409).
 */
export async function discardDraftVersion(db: Db, procedureId: string, version: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { id } = await lockDraft(trx, procedureId, version);
    await trx.deleteFrom("procedure_version").where("id", "=", id).execute();
  });
}
