import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";

export const DRAFT_NOT_FOUND = new AppError(
  404,
  "DRAFT_NOT_FOUND",
  "Không có hồ sơ đang soạn cho thủ tục này.",
);

/** The citizen deletes their draft ("Hồ sơ đang soạn" → Xóa); 404 when there is none. */
export async function deleteDraft(db: Db, citizenId: string, procedureId: string): Promise<void> {
  const result = await db
    .deleteFrom("online_draft")
    .where("citizen_id", "=", citizenId)
    .where("procedure_id", "=", procedureId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw DRAFT_NOT_FOUND;
}

/**
 * Once the dossier is submitted its draft goes (called right after the submission commits), so a
 * submitted draft never resumes. Idempotent: a repeated submission finds nothing to delete.
 */
export async function discardSubmittedDraft(db: Db, citizenId: string, procedureId: string): Promise<void> {
  await db
    .deleteFrom("online_draft")
    .where("citizen_id", "=", citizenId)
    .where("procedure_id", "=", procedureId)
    .execute();
}

/** Whether the draft's Idempotency-Key already made a dossier (the submission committed). */
export async function draftKeyUsed(db: Db, citizenId: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom("dossier_command_key")
    .select("key")
    .where("caller", "=", `citizen:${citizenId}`)
    .where("key", "=", key)
    .where("status", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}
