import { createHash } from "node:crypto";
import type { ActorKind, AuditOutcome } from "../../db/schema.ts";

/** What one audit row says. Its hash covers all of it plus the previous row's hash (SEC-2). */
export interface AuditRecord {
  at: Date;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  actorAgencyId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: AuditOutcome;
  status: number | null;
  detail: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** JSON with object keys sorted at every depth, so the database's jsonb key order cannot matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

export function auditHash(previous: Buffer | null, record: AuditRecord): Buffer {
  return createHash("sha256")
    .update(previous ? previous.toString("hex") : "genesis")
    .update("\n")
    .update(canonicalJson(record))
    .digest();
}
