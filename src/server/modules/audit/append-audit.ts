import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { type AuditRecord, auditHash } from "./audit-hash.ts";

/** Serialises writers (several app instances included) so the chain stays a single line. */
const AUDIT_CHAIN_LOCK = 7_402_612;

/** Appends one record to the hash-chained audit trail (SEC-2). */
export async function appendAudit(db: Db, record: AuditRecord): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
    const last = await trx
      .selectFrom("audit_log")
      .select("hash")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const previous = last?.hash ?? null;
    await trx
      .insertInto("audit_log")
      .values({
        at: record.at,
        actor_kind: record.actorKind,
        actor_id: record.actorId,
        actor_name: record.actorName,
        actor_roles: record.actorRoles,
        actor_agency_id: record.actorAgencyId,
        action: record.action,
        object_type: record.objectType,
        object_id: record.objectId,
        outcome: record.outcome,
        status: record.status,
        detail: JSON.stringify(record.detail),
        ip: record.ip,
        user_agent: record.userAgent,
        request_id: record.requestId,
        prev_hash: previous,
        hash: auditHash(previous, record),
      })
      .execute();
  });
}
