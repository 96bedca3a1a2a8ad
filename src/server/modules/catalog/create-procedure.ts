import type { NewProcedure, ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { checkDraft, codeTakenOr, insertDraftVersions, reloadVersion } from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

/** Adds a procedure to the catalog with its first version as a draft (not public until published). */
export async function createProcedure(
  db: Db,
  input: NewProcedure,
  officerId: string,
): Promise<ProcedureVersionDetail> {
  const { content, agencyIds } = await checkDraft(db, input);
  const procedureId = await inTransaction(db, async (trx) => {
    const procedure = await trx
      .insertInto("procedure")
      .values({ code: input.code, last_version: 1 })
      .returning("id")
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw codeTakenOr(error, input.code);
      });
    await insertDraftVersions(
      trx,
      [{ procedureId: procedure.id, version: 1, content, agencyIds }],
      officerId,
    );
    return procedure.id;
  });
  return reloadVersion(db, procedureId, 1);
}
