import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { assertStrongPassword } from "../identity/password-policy.ts";
import { hashPassword } from "../identity/passwords.ts";
import { closeAllSessions } from "../identity/sessions.ts";

/** An administrator sets a temporary password; the official must change it at next sign-in. */
export async function resetOfficerPassword(
  db: Db,
  officerId: string,
  temporaryPassword: string,
): Promise<void> {
  const account = await db
    .selectFrom("officer")
    .select(["username", "status"])
    .where("id", "=", officerId)
    .executeTakeFirstOrThrow();
  if (account.status === "revoked")
    throw new AppError(422, "ACCOUNT_REVOKED", "Tài khoản đã bị thu hồi; không thể thay đổi.");
  assertStrongPassword(temporaryPassword, account.username, "temporaryPassword");
  await db
    .updateTable("officer")
    .set({
      password_hash: await hashPassword(temporaryPassword),
      must_change_password: true,
      password_changed_at: new Date(),
      failed_logins: 0,
      locked_until: null,
    })
    .where("id", "=", officerId)
    .execute();
  await closeAllSessions(db, officerId);
}
