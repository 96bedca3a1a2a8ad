import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/database.ts";
import type { AuditOutcome } from "../../db/schema.ts";
import { isApiRoute } from "../../http/access.ts";
import { appendAudit } from "./append-audit.ts";
import type { AuditRecord } from "./audit-hash.ts";
import { mergeAudit, type RequestAudit, withAuditScope } from "./audit-scope.ts";

declare module "fastify" {
  interface FastifyRequest {
    audit?: RequestAudit;
  }
  interface FastifyContextConfig {
    /**
     * A "who am I" probe (`/api/auth/me`, `/api/citizen/me`): its 401 tells a page nobody is signed
     * in (an expired or another kind of session cookie), not that protected data was refused.
     */
    sessionProbe?: boolean;
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Per request in an audit scope: whether a transaction committed its record, and with which note. */
const committedWith = new WeakMap<FastifyRequest, RequestAudit | undefined>();

/**
 * SEC-2: every state-changing request, and every refused attempt to read protected data, leaves
 * an audit record: who, what, which object, when, from where, and the outcome.
 *
 * A state-changing request of a signed-in officer or citizen runs its handler in an audit scope:
 * each transaction that commits a change appends the request's record (status null: the answer
 * is not sent yet) before its COMMIT, so a change never commits without its record. The `onSend` hook writes the record of
 * everything else before the answer leaves: refusals, failures, changes without a transaction,
 * and a request whose answer failed, or whose use case added to its record, after its change
 * committed (a second row with the final status).
 */
export function auditRequests(app: FastifyInstance, db: Db): void {
  app.addHook("preHandler", (request, _reply, done) => {
    if (!isAudited(request) || READS.has(request.method) || !signedIn(request)) return done();
    withAuditScope(
      {
        record: () => recordOf(request, null),
        note: (note) => {
          request.audit = mergeAudit(request.audit, note);
        },
        committed: () => committedWith.set(request, request.audit),
      },
      done,
    );
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (!shouldAudit(request, reply) || auditedWithChange(request, reply)) return payload;
    try {
      await appendAudit(db, recordOf(request, reply.statusCode));
    } catch (error) {
      request.log.error({ err: error }, "audit record could not be written");
      throw error;
    }
    return payload;
  });
}

/** An officer or a citizen: anonymous attempts (sign-in) are recorded with their answer only. */
function signedIn(request: FastifyRequest): boolean {
  return Boolean(request.officer ?? request.audit?.actor);
}

function isAudited(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  return Boolean(url && isApiRoute(url) && url !== "/healthz" && url !== "/readyz");
}

function auditedWithChange(request: FastifyRequest, reply: FastifyReply): boolean {
  return committedWith.has(request) && reply.statusCode < 400 && committedWith.get(request) === request.audit;
}

function shouldAudit(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!isAudited(request)) return false;
  if (!READS.has(request.method)) return true;
  if (reply.statusCode === 401 && request.routeOptions.config.sessionProbe) return false;
  const presentedSession = Object.keys(request.cookies ?? {}).some((name) => name.startsWith("motcua_"));
  return reply.statusCode === 403 || (reply.statusCode === 401 && presentedSession);
}

function outcomeOf(status: number | null): AuditOutcome {
  if (status === null || status < 400) return "success";
  if (status === 401 || status === 403) return "denied";
  return status < 500 ? "rejected" : "error";
}

/** The names the dossiers module gives the objects of these routes in its own records. */
const OBJECT_TYPE_OF_SEGMENT: Readonly<Record<string, string>> = { dossiers: "dossier", files: "file" };

/** `/api/admin/calendar/days/:date` → `calendar`; `/api/dossiers/:dossierId` → `dossier`. */
function objectTypeOf(url: string): string | null {
  const segment = url.split("/").filter((part) => part && !["api", "admin", "public"].includes(part))[0];
  return segment ? (OBJECT_TYPE_OF_SEGMENT[segment] ?? segment) : null;
}

/** The request's record; `status` null while its change commits (the answer is not sent yet). */
function recordOf(request: FastifyRequest, status: number | null): AuditRecord {
  const officer = request.officer;
  const given = request.audit ?? {};
  const params = (request.params ?? {}) as Record<string, string>;
  const actor =
    given.actor ??
    (officer ? { kind: "officer" as const, id: officer.id, name: officer.fullName } : undefined);
  return {
    at: new Date(),
    actorKind: actor?.kind ?? "anonymous",
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    actorRoles: officer?.roles ?? [],
    actorAgencyId: officer?.agencyId ?? null,
    action: `${request.method} ${request.routeOptions.url}`,
    objectType: given.objectType ?? objectTypeOf(request.routeOptions.url ?? ""),
    objectId: given.objectId ?? (Object.values(params).join("/") || null),
    outcome: outcomeOf(status),
    status,
    detail: { ...(Object.keys(params).length ? { params } : {}), ...given.detail },
    ip: request.ip,
    userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
    requestId: request.id,
  };
}
