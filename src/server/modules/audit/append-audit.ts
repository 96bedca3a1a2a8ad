import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  sql,
} from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";
import { type AuditRecord, auditHash } from "./audit-hash.ts";
import { outsideAuditScope } from "./audit-scope.ts";

/** Serialises writers (several app instances included) so the chain stays a single line. */
const AUDIT_CHAIN_LOCK = 7_402_612;

/** Builds the chain's statements without a connection, so they can run on any transaction's own. */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Runs one compiled statement in the transaction that appends. */
export type RunQuery = <R>(query: CompiledQuery<R>) => Promise<QueryResult<R>>;

/**
 * Takes the chain's lock only when the running transaction has written something (PostgreSQL
 * assigns a transaction id at the first write): true when it did and the lock is now held.
 */
export async function lockChainIfChanged(run: RunQuery): Promise<boolean> {
  const locked = await run(
    sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}) WHERE txid_current_if_assigned() IS NOT NULL`.compile(
      compiler,
    ),
  );
  return locked.rows.length > 0;
}

/** Appends `record` after the chain's last row; the caller's transaction holds the chain's lock. */
export async function appendLocked(run: RunQuery, record: AuditRecord): Promise<void> {
  const last = await run(
    compiler.selectFrom("audit_log").select("hash").orderBy("seq", "desc").limit(1).compile(),
  );
  const previous = last.rows[0]?.hash ?? null;
  await run(
    compiler
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
      .compile(),
  );
}

/** Appends one record to the hash-chained audit trail (SEC-2) in a transaction of its own. */
export async function appendAudit(db: Db, record: AuditRecord): Promise<void> {
  await outsideAuditScope(() =>
    db.transaction().execute(async (trx) => {
      const run: RunQuery = (query) => trx.executeQuery(query);
      await run(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.compile(compiler));
      await appendLocked(run, record);
    }),
  );
}
