import type { UnpublishResult } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { lockProcedure } from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

/**
 * Withdraws a procedure from the public catalog: its published version is retired (still readable
 * by dossiers that use it). To offer it again, publish a new version.
 */
export async function unpublishProcedure(db: Db, procedureId: string): Promise<UnpublishResult> {
  return inTransaction(db, async (trx) => {
    const procedure = await lockProcedure(trx, procedureId);
    const version = procedure.published_version;
    if (version === null) {
      throw new AppError(
        409,
        "PROCEDURE_NOT_PUBLISHED",
        `Thủ tục ${procedure.code} hiện không được công bố.`,
      );
    }
    await trx
      .updateTable("procedure")
      .set({ published_version: null })
      .where("id", "=", procedureId)
      .execute();
    await trx
      .updateTable("procedure_version")
      .set({ status: "retired", retired_at: new Date() })
      .where("procedure_id", "=", procedureId)
      .where("version", "=", version)
      .execute();
    return { procedureId, code: procedure.code, retiredVersion: version };
  });
}
