import type { ProcedureDraft, ProcedureVersionDetail } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import {
  allocateVersion,
  checkDraft,
  insertDraftVersions,
  lockProcedure,
  reloadVersion,
} from "./procedure-store.ts";
import { inTransaction } from "./versioned-store.ts";

/**
 * Starts a new version of a procedure as a draft. The published version stays public and
 * unchanged until the draft is published. One open draft per procedure: edit or discard it first.
 */
export async function createDraftVersion(
  db: Db,
  procedureId: string,
  draft: ProcedureDraft,
  officerId: string,
): Promise<ProcedureVersionDetail> {
  const { content, agencyIds } = await checkDraft(db, draft);
  const version = await inTransaction(db, async (trx) => {
    await lockProcedure(trx, procedureId);
    await refuseOpenDraft(trx, procedureId);
    const next = await allocateVersion(trx, procedureId);
    await insertDraftVersions(trx, [{ procedureId, version: next, content, agencyIds }], officerId);
    return next;
  });
  return reloadVersion(db, procedureId, version);
}

/** 409 while the procedure has a draft: edit or discard it first. */
async function refuseOpenDraft(trx: Db, procedureId: string): Promise<void> {
  const open = await trx
    .selectFrom("procedure_version")
    .select("version")
    .where("procedure_id", "=", procedureId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (!open) return;
  throw new AppError(
    409,
    "DRAFT_EXISTS",
    `Thủ tục đang có bản nháp phiên bản ${open.version}; hãy sửa hoặc hủy bản nháp đó.`,
  );
}
