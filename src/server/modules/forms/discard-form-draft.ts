import type { Db } from "../../db/database.ts";
import { inTransaction } from "../catalog/versioned-store.ts";
import { lockForm, requireDraft, requireProcedure } from "./form-store.ts";

/** Deletes a draft; published and retired versions are kept forever. */
export async function discardFormDraft(db: Db, procedureId: string, version: number): Promise<void> {
  await requireProcedure(db, procedureId);
  await inTransaction(db, async (trx) => {
    await lockForm(trx, procedureId);
    const row = await requireDraft(trx, procedureId, version);
    await trx.deleteFrom("form_version").where("id", "=", row.id).execute();
  });
}
