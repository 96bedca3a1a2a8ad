import { sql } from "kysely";
import { DRAFT_MAX_FORM_CHARS, type SaveDraftRequest } from "../../../contracts/online-drafts.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { draftKeyUsed } from "./discard-draft.ts";

/**
 * REC-4 (issue #14): keeps the citizen's online submission as it is now, one draft per procedure,
 * so that it can be resumed on another device. A draft whose key already made a dossier is not
 * brought back by a late save (409). The answers are limited in size (413).
 */
export async function saveDraft(
  db: Db,
  citizenId: string,
  procedureId: string,
  draft: SaveDraftRequest,
): Promise<void> {
  const formData = JSON.stringify(draft.formData);
  if (formData.length > DRAFT_MAX_FORM_CHARS) {
    throw new AppError(
      413,
      "DRAFT_TOO_LARGE",
      `Nội dung tờ khai quá lớn để lưu nháp (tối đa ${DRAFT_MAX_FORM_CHARS / 1000} nghìn ký tự); hãy rút gọn các ô văn bản dài.`,
    );
  }
  await requireProcedure(db, procedureId);
  if (await draftKeyUsed(db, citizenId, draft.idempotencyKey)) {
    throw new AppError(
      409,
      "DRAFT_ALREADY_SUBMITTED",
      "Hồ sơ của bản nháp này đã được nộp; không lưu nháp nữa.",
    );
  }
  const row = {
    form_version: draft.formVersion,
    idempotency_key: draft.idempotencyKey,
    step: draft.step,
    agency_id: draft.agencyId,
    form_data: formData,
    components: JSON.stringify(draft.components),
    result_delivery: draft.resultDelivery,
  };
  await db
    .insertInto("online_draft")
    .values({ citizen_id: citizenId, procedure_id: procedureId, ...row })
    .onConflict((oc) =>
      oc.columns(["citizen_id", "procedure_id"]).doUpdateSet({ ...row, updated_at: sql`now()` }),
    )
    .execute();
}

async function requireProcedure(db: Db, procedureId: string): Promise<void> {
  const found = await db
    .selectFrom("procedure")
    .select("id")
    .where("id", "=", procedureId)
    .where("published_version", "is not", null)
    .executeTakeFirst();
  if (!found) throw new AppError(404, "PROCEDURE_NOT_FOUND", "Không tìm thấy thủ tục hành chính này.");
}
