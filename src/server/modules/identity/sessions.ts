import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/database.ts";

export const SESSION_COOKIE = "motcua_session";

interface SessionMeta {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/** Opens a server-side session and returns the random token for the cookie. */
export async function openSession(
  db: Db,
  officerId: string,
  ttlHours: number,
  meta: SessionMeta,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("officer_session")
    .values({
      token_hash: hashToken(token),
      officer_id: officerId,
      expires_at: new Date(Date.now() + ttlHours * 3_600_000),
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
    })
    .execute();
  return token;
}

/** The officer id of a live session, or undefined for an unknown, forged or expired token. */
export async function sessionOfficerId(db: Db, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("officer_session")
    .select("officer_id")
    .where("token_hash", "=", hashToken(token))
    .where("expires_at", ">", new Date())
    .executeTakeFirst();
  return row?.officer_id;
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("officer_session").where("token_hash", "=", hashToken(token)).execute();
}

/** Ends every session of an officer (sign out everywhere, lock, revoke, transfer, reset), but `keepToken`. */
export async function closeAllSessions(db: Db, officerId: string, keepToken?: string): Promise<number> {
  let query = db.deleteFrom("officer_session").where("officer_id", "=", officerId);
  if (keepToken) query = query.where("token_hash", "!=", hashToken(keepToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
