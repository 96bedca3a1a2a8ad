import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/database.ts";
import type { ActorKind, AuditOutcome } from "../../db/schema.ts";
import { isApiRoute } from "../../http/access.ts";
import { appendAudit } from "./append-audit.ts";

/** What a use case may add to the audit record of its request. */
export interface RequestAudit {
  actor?: { kind: ActorKind; id: string | null; name: string | null };
  objectType?: string;
  objectId?: string;
  detail?: Record<string, unknown>;
}

declare module "fastify" {
  interface FastifyRequest {
    audit?: RequestAudit;
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * SEC-2: every state-changing request, and every refused attempt to read protected data, leaves
 * an audit record: who, what, which object, when, from where, and the outcome. The record is
 * written before the answer leaves, so nothing is acknowledged unaudited.
 */
export function auditRequests(app: FastifyInstance, db: Db): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (!shouldAudit(request, reply)) return payload;
    try {
      await appendAudit(db, recordOf(request, reply));
    } catch (error) {
      request.log.error({ err: error }, "audit record could not be written");
      throw error;
    }
    return payload;
  });
}

function shouldAudit(request: FastifyRequest, reply: FastifyReply): boolean {
  const url = request.routeOptions.url;
  if (!url || !isApiRoute(url) || url === "/healthz" || url === "/readyz") return false;
  if (!READS.has(request.method)) return true;
  const presentedSession = Object.keys(request.cookies ?? {}).some((name) => name.startsWith("motcua_"));
  return reply.statusCode === 403 || (reply.statusCode === 401 && presentedSession);
}

function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return "success";
  if (status === 401 || status === 403) return "denied";
  return status < 500 ? "rejected" : "error";
}

/** `/api/admin/calendar/days/:date` → `calendar`. */
function objectTypeOf(url: string): string | null {
  return url.split("/").filter((part) => part && !["api", "admin", "public"].includes(part))[0] ?? null;
}

function recordOf(request: FastifyRequest, reply: FastifyReply) {
  const officer = request.officer;
  const given = request.audit ?? {};
  const params = (request.params ?? {}) as Record<string, string>;
  const actor =
    given.actor ??
    (officer ? { kind: "officer" as const, id: officer.id, name: officer.fullName } : undefined);
  return {
    at: new Date(),
    actorKind: actor?.kind ?? ("anonymous" as const),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    actorRoles: officer?.roles ?? [],
    actorAgencyId: officer?.agencyId ?? null,
    action: `${request.method} ${request.routeOptions.url}`,
    objectType: given.objectType ?? objectTypeOf(request.routeOptions.url ?? ""),
    objectId: given.objectId ?? (Object.values(params).join("/") || null),
    outcome: outcomeOf(reply.statusCode),
    status: reply.statusCode,
    detail: { ...(Object.keys(params).length ? { params } : {}), ...given.detail },
    ip: request.ip,
    userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
    requestId: request.id,
  };
}
