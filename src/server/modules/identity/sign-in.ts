import type { CurrentOfficer, LoginRequest } from "../../../contracts/auth.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { giveBackRequest, type RateLimit, takeRequest } from "../../http/rate-limit.ts";
import { loadOfficerView } from "./officer-view.ts";
import { verifyDecoy, verifyPassword } from "./passwords.ts";
import { openSession } from "./sessions.ts";
import {
  type AttemptSource,
  claimAttempt,
  clearFailures,
  MAX_FAILED_LOGINS,
  recordTemporaryLock,
} from "./sign-in-attempts.ts";

/** One answer for a wrong password, an unknown username and an account at rest (SEC-6). */
const INVALID = new AppError(
  401,
  "AUTH_INVALID_CREDENTIALS",
  `Tên đăng nhập hoặc mật khẩu không đúng. Sau ${MAX_FAILED_LOGINS} lần nhập sai liên tiếp, tài khoản tạm ngừng đăng nhập trong ít phút.`,
);
const LOCKED = new AppError(
  403,
  "AUTH_ACCOUNT_LOCKED",
  "Tài khoản đã bị khoá; liên hệ quản trị hệ thống của cơ quan để được mở khoá.",
);
const REVOKED = new AppError(403, "AUTH_ACCOUNT_REVOKED", "Tài khoản đã bị thu hồi và không thể đăng nhập.");

interface SignInResult {
  token: string;
  officer: CurrentOfficer;
}

interface SignInOptions {
  ttlHours: number;
  /** Sign-ins that did not succeed, per source (SEC-6). */
  sourceLimit: RateLimit;
}

/**
 * Officer sign-in with username and password (ACC-1, SEC-6). The source's budget of unsuccessful
 * attempts is taken first, then the account's attempt is claimed before its password is checked
 * (sign-in-attempts.ts), so parallel guesses check at most MAX_FAILED_LOGINS passwords before the
 * account rests. An unknown username and an account at rest are checked against a decoy hash and
 * answered exactly like a wrong password. Only the right password learns that an administrator
 * locked or revoked the account.
 */
export async function signIn(
  db: Db,
  request: LoginRequest,
  options: SignInOptions,
  source: AttemptSource,
): Promise<SignInResult> {
  const sourceKey = source.ip ?? "unknown";
  await takeRequest(db, "signIn", sourceKey, options.sourceLimit);
  const attempt = await claimAttempt(db, request.username.toLowerCase());
  if (!attempt) {
    await verifyDecoy(request.password);
    throw INVALID;
  }
  if (!(await verifyPassword(attempt.passwordHash, request.password))) {
    const { lockedUntil } = attempt;
    if (lockedUntil) await recordTemporaryLock(db, { ...attempt, lockedUntil }, source);
    throw INVALID;
  }
  if (attempt.status === "locked") throw LOCKED;
  if (attempt.status === "revoked") throw REVOKED;
  await clearFailures(db, attempt.id);
  await giveBackRequest(db, "signIn", sourceKey);
  const officer = await loadOfficerView(db, attempt.id);
  if (!officer) throw INVALID;
  return { token: await openSession(db, attempt.id, options.ttlHours, source), officer };
}
