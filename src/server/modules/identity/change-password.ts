import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { assertStrongPassword } from "./password-policy.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { closeAllSessions } from "./sessions.ts";

/** An officer changes their own password; their other sessions end (ACC-1). */
export async function changePassword(
  db: Db,
  officerId: string,
  currentToken: string,
  change: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await db
    .selectFrom("officer")
    .select(["username", "password_hash"])
    .where("id", "=", officerId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(account.password_hash, change.currentPassword))) {
    throw new AppError(422, "CURRENT_PASSWORD_WRONG", "Mật khẩu hiện tại không đúng.");
  }
  if (change.newPassword === change.currentPassword) {
    throw new AppError(422, "PASSWORD_UNCHANGED", "Mật khẩu mới phải khác mật khẩu hiện tại.");
  }
  assertStrongPassword(change.newPassword, account.username, "newPassword");
  await db
    .updateTable("officer")
    .set({
      password_hash: await hashPassword(change.newPassword),
      password_changed_at: new Date(),
      must_change_password: false,
    })
    .where("id", "=", officerId)
    .execute();
  await closeAllSessions(db, officerId, currentToken);
}
