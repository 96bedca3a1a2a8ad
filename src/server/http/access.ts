import type { FastifyInstance, FastifyRequest } from "fastify";
import type { CurrentOfficer } from "../../contracts/auth.ts";
import type { Db } from "../db/database.ts";
import { requireOfficer } from "../modules/identity/authenticate.ts";
import { type Permission, rolesFor } from "../modules/identity/permissions.ts";
import { officerHoldsRoleOver } from "../modules/identity/scope.ts";
import { requireAgency } from "../modules/organization/require-agency.ts";
import { AppError } from "./problem.ts";

/**
 * Who may call a route, declared next to it (`config: { access }`) and enforced here for every
 * route, before the body is validated (an outsider learns nothing about valid input):
 * - `public`: anyone;
 * - `officer`: a signed-in officer holding a role that has `permission`, scoped over the agency
 *   the request concerns (`agencyOf`; null = province-wide, covered only by a root-scoped role;
 *   omitted = any agency of theirs);
 * - `citizen`: a signed-in citizen, who only ever reaches their own data.
 */
export type RouteAccess =
  | { kind: "public" }
  | { kind: "officer"; permission: Permission; agencyOf?: AgencyOf }
  | { kind: "citizen" };

export type AgencyOf = (request: FastifyRequest, db: Db) => Promise<string | null> | string | null;

interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every API route with its access rule, for the authorization matrix test and docs. */
    declaredRoutes: DeclaredRoute[];
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The signed-in officer, set by the access check of officer routes. */
    officer?: CurrentOfficer;
  }
}

export const PUBLIC: RouteAccess = { kind: "public" };

export function officerAccess(permission: Permission, agencyOf?: AgencyOf): RouteAccess {
  return agencyOf ? { kind: "officer", permission, agencyOf } : { kind: "officer", permission };
}

/** `agencyId` from the body or the query string, or null (province-wide) when absent. */
export const agencyIdInRequest: AgencyOf = (request) => {
  const from = (source: unknown) =>
    source && typeof source === "object" && "agencyId" in source
      ? (source as { agencyId: unknown }).agencyId
      : undefined;
  const value = from(request.body) ?? from(request.query);
  return typeof value === "string" ? value : null;
};

const PASSWORD_CHANGE_REQUIRED = new AppError(
  403,
  "PASSWORD_CHANGE_REQUIRED",
  "Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục làm việc.",
);

const FORBIDDEN = new AppError(
  403,
  "FORBIDDEN",
  "Tài khoản của bạn không có quyền thực hiện thao tác này cho cơ quan này.",
);

/** Refuses to start a route without an access declaration, and enforces it on every request. */
export function enforceAccess(
  app: FastifyInstance,
  db: Db,
  citizenCheck?: (request: FastifyRequest) => Promise<unknown>,
): void {
  const declared: DeclaredRoute[] = [];
  app.decorate("declaredRoutes", declared);
  app.addHook("onRoute", (route) => {
    if (!isApiRoute(route.url)) return;
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") declared.push({ method, url: route.url, access: route.config?.access });
    }
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
  });
  app.addHook("preValidation", async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === "public") return;
    if (access.kind === "citizen") {
      if (!citizenCheck) throw FORBIDDEN;
      await citizenCheck(request);
      return;
    }
    const officer = await requireOfficer(db, request);
    request.officer = officer;
    // ACC-1: after an administrator's reset, nothing but choosing a new password.
    if (officer.mustChangePassword && access.permission !== "self.manage") throw PASSWORD_CHANGE_REQUIRED;
    const agencyId = access.agencyOf ? await access.agencyOf(request, db) : undefined;
    if (agencyId) await requireAgency(db, agencyId);
    const allowed = await officerHoldsRoleOver(db, officer.id, rolesFor(access.permission), agencyId);
    if (!allowed) throw FORBIDDEN;
  });
}

export function isApiRoute(url: string): boolean {
  return (url.startsWith("/api/") && !url.startsWith("/api/docs")) || url === "/healthz" || url === "/readyz";
}

/** The officer the access check let through; only valid on officer routes. */
export function officerOf(request: FastifyRequest): CurrentOfficer {
  if (!request.officer) throw new Error("officerOf() called on a route without officer access");
  return request.officer;
}
