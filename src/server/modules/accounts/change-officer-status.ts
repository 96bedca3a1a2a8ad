import type { Db } from "../../db/database.ts";
import type { OfficerStatus } from "../../db/schema.ts";
import { AppError } from "../../http/problem.ts";
import { closeAllSessions } from "../identity/sessions.ts";

type StatusChange = { to: "locked"; reason: string } | { to: "active" } | { to: "revoked"; reason: string };

/**
 * Lock (lost or misused, ACC-1), unlock, or revoke (moved, left, retired, ACC-2) an account.
 * Locking and revoking end its sessions at once; a revoked account stays, with its history, but
 * can never be used again and holds no roles.
 */
export async function changeOfficerStatus(
  db: Db,
  adminId: string,
  officerId: string,
  change: StatusChange,
): Promise<void> {
  if (officerId === adminId && change.to !== "active") {
    throw new AppError(
      422,
      "CANNOT_CHANGE_OWN_ACCOUNT",
      "Không thể tự khoá hoặc thu hồi tài khoản của chính mình.",
    );
  }
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("officer")
      .select("status")
      .where("id", "=", officerId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    assertAllowed(current.status, change.to);
    await trx
      .updateTable("officer")
      .set({
        status: change.to,
        status_reason: change.to === "active" ? null : change.reason,
        status_changed_at: new Date(),
        ...(change.to === "active" ? { failed_logins: 0, locked_until: null } : {}),
      })
      .where("id", "=", officerId)
      .execute();
    if (change.to === "revoked")
      await trx.deleteFrom("officer_role").where("officer_id", "=", officerId).execute();
    if (change.to !== "active") await closeAllSessions(trx, officerId);
  });
}

function assertAllowed(from: OfficerStatus, to: OfficerStatus): void {
  if (from === "revoked")
    throw new AppError(422, "ACCOUNT_REVOKED", "Tài khoản đã bị thu hồi; không thể thay đổi.");
  if (from === to) {
    const state = to === "active" ? "đang hoạt động" : "đã bị khoá";
    throw new AppError(409, "ACCOUNT_STATUS_UNCHANGED", `Tài khoản ${state}.`);
  }
}
