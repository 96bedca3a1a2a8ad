import type { Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { AuditLogTable } from "../../db/schema.ts";
import { type AuditRecord, auditHash } from "./audit-hash.ts";

type ChainReport =
  | { intact: true; rows: number }
  | { intact: false; rows: number; brokenAt: number; reason: "hash_mismatch" | "link_mismatch" };

const BATCH = 5_000;

/** Walks the audit trail in order and reports the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previous: Buffer | null = null;
  let after = 0;
  let rows = 0;
  for (;;) {
    const batch = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">", after)
      .orderBy("seq")
      .limit(BATCH)
      .execute();
    for (const row of batch) {
      rows += 1;
      if (!sameBytes(row.prev_hash, previous))
        return { intact: false, rows, brokenAt: row.seq, reason: "link_mismatch" };
      if (!sameBytes(row.hash, auditHash(previous, recordOfRow(row)))) {
        return { intact: false, rows, brokenAt: row.seq, reason: "hash_mismatch" };
      }
      previous = row.hash;
      after = row.seq;
    }
    if (batch.length < BATCH) return { intact: true, rows };
  }
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** The record a stored row says (what its hash covers). */
export function recordOfRow(row: Selectable<AuditLogTable>): AuditRecord {
  return {
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRoles: row.actor_roles,
    actorAgencyId: row.actor_agency_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    outcome: row.outcome,
    status: row.status,
    detail: row.detail,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
  };
}
