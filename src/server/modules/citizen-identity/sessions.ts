import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/database.ts";

/** The citizen's session cookie; officers have their own (`motcua_session`), never interchangeable. */
export const CITIZEN_SESSION_COOKIE = "motcua_citizen";

export interface SessionMeta {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Opens a server-side citizen session and returns the random token for the cookie. */
export async function openCitizenSession(
  db: Db,
  citizenId: string,
  ttlHours: number,
  meta: SessionMeta,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto("citizen_session")
    .values({
      token_hash: hashToken(token),
      citizen_id: citizenId,
      expires_at: new Date(Date.now() + ttlHours * 3_600_000),
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
    })
    .execute();
  return token;
}

/** The citizen id of a live session, or undefined for an unknown, forged or expired token. */
export async function sessionCitizenId(db: Db, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("citizen_session")
    .select("citizen_id")
    .where("token_hash", "=", hashToken(token))
    .where("expires_at", ">", new Date())
    .executeTakeFirst();
  return row?.citizen_id;
}

export async function closeCitizenSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("citizen_session").where("token_hash", "=", hashToken(token)).execute();
}
