import { sql } from "kysely";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import type { Db } from "../../db/database.ts";
import type { AuditOutcome } from "../../db/schema.ts";

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | readonly string[] | undefined;
  /** The records about one dossier, by its code (those of its routes, refused reads included). */
  dossierCode?: string | undefined;
  outcome?: AuditOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

/** The dossier's id; an unknown code matches no record. */
async function dossierIdOf(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom("dossier").select("id").where("code", "=", code.trim()).executeTakeFirst();
  return row?.id ?? code.trim();
}

/** Audit records newest first, filtered, paged by sequence number. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  let query = db.selectFrom("audit_log").selectAll();
  if (filter.actorId) query = query.where("actor_id", "=", filter.actorId);
  if (filter.action) query = query.where("action", "=", filter.action);
  if (filter.objectType) query = query.where("object_type", "=", filter.objectType);
  if (typeof filter.objectId === "string") query = query.where("object_id", "=", filter.objectId);
  else if (filter.objectId?.length) query = query.where("object_id", "in", filter.objectId);
  if (filter.dossierCode) {
    const dossierId = await dossierIdOf(db, filter.dossierCode);
    query = query.where((eb) =>
      eb.or([
        eb("object_id", "=", dossierId),
        eb(sql<string>`detail->'params'->>'dossierId'`, "=", dossierId),
      ]),
    );
  }
  if (filter.outcome) query = query.where("outcome", "=", filter.outcome);
  if (filter.from) query = query.where("at", ">=", new Date(filter.from));
  if (filter.to) query = query.where("at", "<", new Date(filter.to));
  if (filter.before) query = query.where("seq", "<", filter.before);
  const rows = await query
    .orderBy("seq", "desc")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorKind: r.actor_kind,
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorRoles: r.actor_roles,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      outcome: r.outcome,
      status: r.status,
      detail: r.detail,
      ip: r.ip,
    })),
    nextBefore: rows.length > filter.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}
