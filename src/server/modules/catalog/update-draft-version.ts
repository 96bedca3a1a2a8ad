import type { ProcedureDraft, ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { lockDraft } from "./find-version.ts";
import { checkDraft, contentColumns, reloadVersion } from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

/** Replaces the content of a draft version. Published and retired versions never change (409). */
export async function updateDraftVersion(
  db: Db,
  procedureId: string,
  version: number,
  draft: ProcedureDraft,
): Promise<ProcedureVersionDetail> {
  const { content, agencyIds } = await checkDraft(db, draft);
  await inTransaction(db, async (trx) => {
    const { id } = await lockDraft(trx, procedureId, version);
    await trx
      .updateTable("procedure_version")
      .set({ ...contentColumns(content), updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("procedure_version_agency").where("version_id", "=", id).execute();
    await trx
      .insertInto("procedure_version_agency")
      .values(agencyIds.map((agencyId) => ({ version_id: id, agency_id: agencyId })))
      .execute();
  });
  return reloadVersion(db, procedureId, version);
}
