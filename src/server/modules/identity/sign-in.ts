import type { CurrentOfficer, LoginRequest } from "../../../contracts/auth.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { loadOfficerView } from "./officer-view.ts";
import { decoyPasswordHash, verifyPassword } from "./passwords.ts";
import { closeAllSessions, openSession, type SessionMeta } from "./sessions.ts";

/** Consecutive wrong passwords that lock an account until an administrator unlocks it (ACC-1). */
export const MAX_FAILED_LOGINS = 5;

const INVALID = new AppError(401, "AUTH_INVALID_CREDENTIALS", "Tên đăng nhập hoặc mật khẩu không đúng.");
const LOCKED = new AppError(
  403,
  "AUTH_ACCOUNT_LOCKED",
  "Tài khoản đã bị khoá; liên hệ quản trị hệ thống của cơ quan để được mở khoá.",
);
const REVOKED = new AppError(403, "AUTH_ACCOUNT_REVOKED", "Tài khoản đã bị thu hồi và không thể đăng nhập.");

export interface SignInResult {
  token: string;
  officer: CurrentOfficer;
}

/**
 * Officer sign-in with username and password. A locked or revoked account is refused before any
 * password is hashed, so an attacker's further attempts cost nothing; the fifth consecutive wrong
 * password locks the account.
 */
export async function signIn(
  db: Db,
  request: LoginRequest,
  ttlHours: number,
  meta: SessionMeta,
): Promise<SignInResult> {
  const account = await db
    .selectFrom("officer")
    .select(["id", "password_hash", "status"])
    .where("username", "=", request.username.toLowerCase())
    .executeTakeFirst();
  if (account?.status === "locked") throw LOCKED;
  if (account?.status === "revoked") throw REVOKED;
  const matches = await verifyPassword(
    account?.password_hash ?? (await decoyPasswordHash()),
    request.password,
  );
  if (!account) throw INVALID;
  if (!matches) return recordFailure(db, account.id);
  await db.updateTable("officer").set({ failed_logins: 0 }).where("id", "=", account.id).execute();
  const officer = await loadOfficerView(db, account.id);
  if (!officer) throw INVALID;
  return { token: await openSession(db, account.id, ttlHours, meta), officer };
}

async function recordFailure(db: Db, officerId: string): Promise<never> {
  const row = await db
    .updateTable("officer")
    .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1) }))
    .where("id", "=", officerId)
    .returning("failed_logins")
    .executeTakeFirstOrThrow();
  if (row.failed_logins < MAX_FAILED_LOGINS) throw INVALID;
  await db
    .updateTable("officer")
    .set({ status: "locked", status_reason: "too_many_failures", status_changed_at: new Date() })
    .where("id", "=", officerId)
    .where("status", "=", "active")
    .execute();
  await closeAllSessions(db, officerId);
  throw new AppError(
    403,
    "AUTH_ACCOUNT_LOCKED",
    `Tài khoản đã bị khoá do nhập sai mật khẩu ${MAX_FAILED_LOGINS} lần liên tiếp; liên hệ quản trị hệ thống để được mở khoá.`,
  );
}
