import type { ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { lockDraft } from "./find-version.ts";
import { publishDrafts, reloadVersion } from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

/**
 * Publishes a draft (CFG-1): it becomes what the public sees and what new dossiers follow; the
 * version published until now is retired but stays readable (dossiers keep their version).
 */
export async function publishVersion(
  db: Db,
  procedureId: string,
  version: number,
  officerId: string,
): Promise<ProcedureVersionDetail> {
  await inTransaction(db, async (trx) => {
    const { id } = await lockDraft(trx, procedureId, version);
    await publishDrafts(trx, [id], officerId);
  });
  return reloadVersion(db, procedureId, version);
}
