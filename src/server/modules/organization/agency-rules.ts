import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { agencySubtree } from "./agency-subtree.ts";

/** Refuses to put an agency under itself or one of its own descendants (the tree must stay a tree). */
export async function assertNoCycle(db: Db, agencyId: string, newParentId: string | null): Promise<void> {
  if (newParentId === null) return;
  if (newParentId === agencyId) throw cycle();
  const descendants = await db
    .selectFrom("agency")
    .select("id")
    .where("id", "=", newParentId)
    .where("id", "in", agencySubtree(db, agencyId))
    .executeTakeFirst();
  if (descendants) throw cycle();
}

function cycle(): AppError {
  return new AppError(
    422,
    "AGENCY_CYCLE",
    "Không thể đặt một cơ quan trực thuộc chính nó hoặc đơn vị cấp dưới của nó.",
  );
}

export function duplicateCode(code: string): AppError {
  return new AppError(409, "AGENCY_CODE_TAKEN", `Mã định danh ${code} đã được dùng cho cơ quan khác.`);
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "23505";
}
