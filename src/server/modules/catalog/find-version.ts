import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { lockProcedure } from "./procedure-store.ts";

/**
 * Locks a procedure (404 when unknown) and requires one of its versions to still be a draft: 404
 * when missing, 409 when published or retired. For the changes only a draft allows.
 */
export async function lockDraft(db: Db, procedureId: string, version: number): Promise<{ id: string }> {
  await lockProcedure(db, procedureId);
  const row = await db
    .selectFrom("procedure_version")
    .select(["id", "status"])
    .where("procedure_id", "=", procedureId)
    .where("version", "=", version)
    .executeTakeFirst();
  if (!row) throw versionNotFound(version);
  if (row.status !== "draft") {
    throw new AppError(
      409,
      "VERSION_NOT_DRAFT",
      `Phiên bản ${version} đã ${row.status === "published" ? "được công bố" : "ngừng áp dụng"}; nội dung của nó không thay đổi được. Hãy tạo phiên bản mới.`,
    );
  }
  return { id: row.id };
}

export function versionNotFound(version: number): AppError {
  return new AppError(404, "VERSION_NOT_FOUND", `Thủ tục không có phiên bản ${version}.`);
}
