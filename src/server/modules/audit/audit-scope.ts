import { AsyncLocalStorage } from "node:async_hooks";
import type { ActorKind } from "../../db/schema.ts";
import type { AuditRecord } from "./audit-hash.ts";

/** What a use case may add to the audit record of its request (or job). */
export interface RequestAudit {
  actor?: { kind: ActorKind; id: string | null; name: string | null };
  objectType?: string;
  objectId?: string;
  detail?: Record<string, unknown>;
}

/**
 * A unit of work whose changes must be audited with them (SEC-2): an API request that changes
 * state, or one run of a scheduled job. Every transaction that commits a change while the scope
 * is current appends `record()` to the audit trail before its COMMIT (audited-dialect.ts).
 */
interface AuditScope {
  /** The record as it stands when a transaction commits. */
  record(): AuditRecord;
  /** Adds what the use case knows (object, detail) to the record. */
  note(note: RequestAudit): void;
  /** Called once a transaction has appended the record (it commits with it). */
  committed(): void;
}

const current = new AsyncLocalStorage<AuditScope>();

export function auditScope(): AuditScope | undefined {
  return current.getStore();
}

/** Runs `work` (and everything it starts) in `scope`. */
export function withAuditScope<T>(scope: AuditScope, work: () => T): T {
  return current.run(scope, work);
}

/** Runs `work` outside any scope: a record appended on its own must not audit itself again. */
export function outsideAuditScope<T>(work: () => T): T {
  return current.exit(work);
}

/** Adds to the current scope's record; nothing outside a scope (seeds, tests calling use cases). */
export function noteAudit(note: RequestAudit): void {
  current.getStore()?.note(note);
}

export function mergeAudit(base: RequestAudit | undefined, note: RequestAudit): RequestAudit {
  return { ...base, ...note, detail: { ...base?.detail, ...note.detail } };
}

/** The scope of one run of a scheduled job: a system actor; object and detail come from notes. */
export function jobAuditScope(job: string): AuditScope {
  return systemAuditScope(job, `JOB ${job}`);
}

/** Changes made by the system itself (a job, a command-line tool), named by `actorName`. */
export function systemAuditScope(actorName: string, action: string): AuditScope {
  let given: RequestAudit = {};
  return {
    committed: () => undefined,
    note(note) {
      given = mergeAudit(given, note);
    },
    record: () => ({
      at: new Date(),
      actorKind: "system",
      actorId: null,
      actorName,
      actorRoles: [],
      actorAgencyId: null,
      action,
      objectType: given.objectType ?? null,
      objectId: given.objectId ?? null,
      outcome: "success",
      status: null,
      detail: given.detail ?? {},
      ip: null,
      userAgent: null,
      requestId: null,
    }),
  };
}
