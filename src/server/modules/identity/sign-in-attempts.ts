import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { OfficerStatus } from "../../db/schema.ts";
import { appendAudit } from "../audit/append-audit.ts";

/** Consecutive wrong passwords after which an account rests (SEC-6, ACC-1). */
export const MAX_FAILED_LOGINS = 5;
/** The first rest, in minutes; each further series of wrong passwords doubles it, up to the cap. */
const FIRST_LOCK_MINUTES = 1;
const MAX_LOCK_MINUTES = 60;

/** The action of the audit record written when an account starts resting. */
export const TEMPORARY_LOCK_ACTION = "officer.locked_temporarily";

interface ClaimedAttempt {
  id: string;
  passwordHash: string;
  status: OfficerStatus;
  failedLogins: number;
  /** Set when this very attempt started the rest. */
  lockedUntil: Date | null;
}

/**
 * Claims the right to check one password of `username`, before it is checked: one UPDATE counts
 * the attempt as a failure and, when it is the last one allowed, starts the rest at once. Parallel
 * attempts queue on the row, so no more than MAX_FAILED_LOGINS passwords are ever checked per rest
 * period. Nothing comes back for an unknown username or an account at rest.
 */
export async function claimAttempt(db: Db, username: string): Promise<ClaimedAttempt | undefined> {
  const failures = sql<number>`(failed_logins + 1)`;
  const rest = sql`least(${MAX_LOCK_MINUTES}, ${FIRST_LOCK_MINUTES} * 2 ^ least(${failures} / ${MAX_FAILED_LOGINS} - 1, 20))`;
  const row = await db
    .updateTable("officer")
    .set({
      failed_logins: failures,
      locked_until: sql`CASE WHEN ${failures} % ${MAX_FAILED_LOGINS} = 0
        THEN now() + ${rest} * interval '1 minute' ELSE NULL END`,
    })
    .where("username", "=", username)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", sql<Date>`now()`)]))
    .returning(["id", "password_hash", "status", "failed_logins", "locked_until"])
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      passwordHash: row.password_hash,
      status: row.status,
      failedLogins: row.failed_logins,
      lockedUntil: row.locked_until,
    }
  );
}

/** The right password: the count of failures starts again. */
export async function clearFailures(db: Db, officerId: string): Promise<void> {
  await db
    .updateTable("officer")
    .set({ failed_logins: 0, locked_until: null })
    .where("id", "=", officerId)
    .execute();
}

export interface AttemptSource {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

/**
 * Tells administrators that an account rests after wrong passwords: an audit record under the
 * account (its page shows it in the history, and the rest in its facts).
 */
export async function recordTemporaryLock(
  db: Db,
  attempt: ClaimedAttempt & { lockedUntil: Date },
  source: AttemptSource,
): Promise<void> {
  await appendAudit(db, {
    at: new Date(),
    actorKind: "system",
    actorId: null,
    actorName: null,
    actorRoles: [],
    actorAgencyId: null,
    action: TEMPORARY_LOCK_ACTION,
    objectType: "officers",
    objectId: attempt.id,
    outcome: "success",
    status: null,
    detail: { failedLogins: attempt.failedLogins, lockedUntil: attempt.lockedUntil.toISOString() },
    ip: source.ip ?? null,
    userAgent: source.userAgent?.slice(0, 300) ?? null,
    requestId: source.requestId ?? null,
  });
}
