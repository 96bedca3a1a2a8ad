import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../db/schema.ts";
import { hashPassword } from "../modules/identity/passwords.ts";
import { rolesFor } from "../modules/identity/permissions.ts";
import { openSession } from "../modules/identity/sessions.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * The authorization matrix (PRC-9, ACC-4, SEC-2): every API route, called by every role inside
 * and outside its agency scope, and by nobody. The expected answer is written here, per route,
 * independently of the code under test: which agency a request concerns ("target": the agency in
 * the request; "province": province-wide data; "any": no particular agency).
 */
type Scope = "target" | "province" | "any";

const PUBLIC_ROUTES = [
  "GET /healthz",
  "GET /readyz",
  "GET /api/public/site",
  "GET /api/public/agencies",
  "POST /api/auth/login",
  "GET /api/auth/me",
  "POST /api/auth/logout",
  "GET /api/calendar/years/:year",
  "GET /api/calendar/due-date",
  "GET /api/citizen/auth/start",
  "GET /api/citizen/auth/callback",
  "POST /api/citizen/auth/logout",
  "GET /api/forms/procedures/:procedureId",
  "POST /api/forms/procedures/:procedureId/validate",
  "GET /api/forms/address-units",
  "GET /api/workflows/procedures/:procedureId",
  "GET /api/catalog/procedures",
  "GET /api/catalog/procedures/:idOrCode",
  "GET /api/catalog/fields",
  "GET /api/public/dossiers/:code",
];

/** Routes of the signed-in citizen (ACC-3): their own data only, never an officer's way in. */
const CITIZEN_ROUTES = [
  "GET /api/citizen/me",
  "GET /api/citizen/consents",
  "POST /api/citizen/consents",
  "GET /api/citizen/dossiers",
  "GET /api/citizen/dossiers/:dossierId",
  "GET /api/citizen/dossiers/:dossierId/files/:fileId",
  "GET /api/citizen/dossiers/:dossierId/forms/:form",
  "POST /api/citizen/dossiers",
  "POST /api/citizen/files",
];

const OFFICER_ROUTES: Record<string, Scope> = {
  "POST /api/auth/logout-all": "any",
  "POST /api/auth/password": "any",
  "GET /api/admin/calendar/history": "target",
  "PUT /api/admin/calendar/days/:date": "target",
  "DELETE /api/admin/calendar/days/:date": "target",
  "PUT /api/admin/calendar/working-hours": "target",
  "POST /api/admin/calendar/official-schedules": "province",
  "GET /api/admin/officers": "any",
  "GET /api/admin/officers/:id": "target",
  "POST /api/admin/officers": "target",
  "POST /api/admin/officers/:id/lock": "target",
  "POST /api/admin/officers/:id/unlock": "target",
  "POST /api/admin/officers/:id/revoke": "target",
  "POST /api/admin/officers/:id/password-reset": "target",
  "POST /api/admin/officers/:id/transfer": "target",
  "PUT /api/admin/officers/:id/roles": "target",
  "GET /api/admin/audit": "province",
  "GET /api/admin/agencies/export": "province",
  "POST /api/admin/agencies/import": "province",
  "POST /api/admin/agencies": "target",
  "PUT /api/admin/agencies/:id": "target",
  "GET /api/admin/forms": "province",
  "GET /api/admin/forms/procedures/:procedureId/versions": "province",
  "POST /api/admin/forms/procedures/:procedureId/versions": "province",
  "GET /api/admin/forms/procedures/:procedureId/versions/:version": "province",
  "PUT /api/admin/forms/procedures/:procedureId/versions/:version": "province",
  "DELETE /api/admin/forms/procedures/:procedureId/versions/:version": "province",
  "POST /api/admin/forms/procedures/:procedureId/versions/:version/publish": "province",
  "GET /api/admin/workflows": "target",
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": "target",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": "target",
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": "target",
  "PUT /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": "target",
  "DELETE /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": "target",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/submit": "target",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/return": "target",
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/approve": "target",
  "GET /api/admin/catalog/procedures": "province",
  "POST /api/admin/catalog/procedures": "province",
  "GET /api/admin/catalog/procedures/:id/versions": "province",
  "POST /api/admin/catalog/procedures/:id/versions": "province",
  "GET /api/admin/catalog/procedures/:id/versions/:version": "province",
  "PUT /api/admin/catalog/procedures/:id/versions/:version": "province",
  "DELETE /api/admin/catalog/procedures/:id/versions/:version": "province",
  "POST /api/admin/catalog/procedures/:id/versions/:version/publish": "province",
  "POST /api/admin/catalog/procedures/:id/unpublish": "province",
  "GET /api/admin/catalog/export": "province",
  "POST /api/admin/catalog/import": "province",
  "POST /api/dossiers": "target",
  "GET /api/dossiers/:dossierId": "target",
  "GET /api/dossiers/:dossierId/files/:fileId": "target",
  "GET /api/dossiers/:dossierId/forms/:form": "target",
  "GET /api/tracking-book": "target",
  "POST /api/counter-slips/mau-02": "target",
  "POST /api/dossiers/:dossierId/accept-online": "target",
  "POST /api/dossiers/:dossierId/request-online-supplement": "target",
  "POST /api/dossiers/:dossierId/refuse-reception": "target",
  "POST /api/dossiers/:dossierId/declare-not-competent": "target",
  "POST /api/dossiers/:dossierId/receive-supplement": "target",
  "POST /api/dossiers/:dossierId/hand-over": "target",
  "POST /api/dossiers/:dossierId/assign": "target",
  "GET /api/dossiers/:dossierId/assignees": "target",
  "POST /api/dossiers/:dossierId/transfer": "target",
  "POST /api/dossiers/:dossierId/accept-transfer": "target",
  "POST /api/dossiers/:dossierId/request-consultation": "target",
  "POST /api/dossiers/:dossierId/record-consultation-answer": "target",
  "POST /api/dossiers/:dossierId/return-for-supplement": "target",
  "POST /api/dossiers/:dossierId/request-correction": "target",
  "POST /api/dossiers/:dossierId/pause": "target",
  "POST /api/dossiers/:dossierId/resume": "target",
  "POST /api/dossiers/:dossierId/issue-apology": "target",
  "POST /api/dossiers/:dossierId/confirm-new-appointment": "target",
  "POST /api/dossiers/:dossierId/record-lateness-reason": "target",
  "POST /api/dossiers/:dossierId/record-payment": "target",
  "POST /api/dossiers/:dossierId/submit-for-approval": "target",
  "POST /api/dossiers/:dossierId/approve": "target",
  "POST /api/dossiers/:dossierId/send-back": "target",
  "POST /api/dossiers/:dossierId/upload-result": "target",
  "POST /api/dossiers/:dossierId/send-result": "target",
  "POST /api/dossiers/:dossierId/confirm-result": "target",
  "POST /api/dossiers/:dossierId/flag-result-error": "target",
  "POST /api/dossiers/:dossierId/correct-result": "target",
  "POST /api/dossiers/:dossierId/return-result": "target",
  "POST /api/dossiers/:dossierId/refuse-after-review": "target",
  "POST /api/dossiers/:dossierId/request-withdrawal": "target",
  "POST /api/dossiers/:dossierId/forward-withdrawal": "target",
  "POST /api/dossiers/:dossierId/allow-withdrawal": "target",
  "POST /api/dossiers/:dossierId/reject-withdrawal": "target",
  "POST /api/dossiers/:dossierId/send-papers-back": "target",
  "POST /api/dossiers/:dossierId/end-withdrawal": "target",
  "POST /api/dossiers/:dossierId/request-cancellation": "target",
  "POST /api/dossiers/:dossierId/approve-cancellation": "target",
  "POST /api/dossiers/:dossierId/reject-cancellation": "target",
  "POST /api/files": "any",
  "GET /api/inbox": "any",
  "GET /api/inbox/counts": "any",
};

const ROLES: Role[] = [
  "one_stop_officer",
  "specialist",
  "unit_head",
  "agency_leader",
  "procedure_control",
  "system_admin",
  "operator",
];
const SCOPE_AGENCY = "000.00.06.H56"; // Sở Tư pháp: the test officers' role scope
const INSIDE = "000.01.06.H56"; // Phòng Hành chính tư pháp, under it
const OUTSIDE = "000.00.07.H56"; // Sở Xây dựng
const OFFICER_INSIDE = "tuphap.chuyenvien";
const OFFICER_OUTSIDE = "xaydung.chuyenvien";

interface Actor {
  label: string;
  officerId?: string;
  role?: Role;
  provinceWide: boolean;
}

let t: TestApp;
const agencyId: Record<string, string> = {};
const officerId: Record<string, string> = {};
/** A demo dossier received by each agency (the dossier routes' scope is the dossier's agencies). */
const dossierOf: Record<string, string> = {};
const actors: Actor[] = [{ label: "nobody", provinceWide: false }];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const a of await db.selectFrom("agency").select(["id", "code"]).execute()) agencyId[a.code] = a.id;
  for (const o of await db.selectFrom("officer").select(["id", "username"]).execute())
    officerId[o.username] = o.id;
  for (const d of await db.selectFrom("dossier").select(["id", "receiving_agency_id"]).execute())
    dossierOf[d.receiving_agency_id] ??= d.id;
  const passwordHash = await hashPassword("Matrix-Test-2026");
  for (const role of ROLES) {
    const row = await db
      .insertInto("officer")
      .values({
        username: `matrix.${role.replaceAll("_", "-")}`,
        full_name: `Ma trận ${role}`,
        agency_id: agencyId[SCOPE_AGENCY] ?? "",
        password_hash: passwordHash,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("officer_role")
      .values({ officer_id: row.id, role, scope_agency_id: agencyId[SCOPE_AGENCY] ?? "" })
      .execute();
    actors.push({ label: `${role} of Sở Tư pháp`, officerId: row.id, role, provinceWide: false });
  }
  for (const [username, role] of [
    ["admin", "system_admin"],
    ["kstthc", "procedure_control"],
    ["vanhanh", "operator"],
  ] as const) {
    actors.push({
      label: `${role} of the province (${username})`,
      officerId: officerId[username] ?? "",
      role,
      provinceWide: true,
    });
  }
});
afterAll(() => t.close());

function sampleRequest(method: string, url: string, inside: boolean) {
  const agency = agencyId[inside ? INSIDE : OUTSIDE] ?? "";
  const params: Record<string, string> = {
    ":id": url.includes("/officers/") ? (officerId[inside ? OFFICER_INSIDE : OFFICER_OUTSIDE] ?? "") : agency,
    ":date": "2026-07-01",
    ":year": "2026",
    ":procedureId": "00000000-0000-4000-8000-000000000000",
    ":agencyId": agency,
    ":version": "1",
    ":dossierId": dossierOf[agencyId[inside ? SCOPE_AGENCY : OUTSIDE] ?? ""] ?? "",
    ":fileId": "00000000-0000-4000-8000-000000000000",
    ":form": "mau-01",
  };
  const path = url.replace(/:[a-zA-Z]+/g, (name) => {
    const value = params[name];
    if (!value) throw new Error(`No sample value for ${name} in ${url}: add one to the matrix`);
    return value;
  });
  const body = method === "GET" || method === "DELETE" ? undefined : { agencyId: agency, parentId: agency };
  return { method: method as "GET", url: `${path}?agencyId=${agency}`, ...(body ? { payload: body } : {}) };
}

function expectedAllowed(route: string, actor: Actor, inside: boolean): boolean {
  const rule = t.app.declaredRoutes.find((r) => `${r.method} ${r.url}` === route)?.access;
  if (!actor.role || rule?.kind !== "officer") return false;
  if (!rolesFor(rule.permission).includes(actor.role)) return false;
  const scope = OFFICER_ROUTES[route];
  if (scope === "any" || actor.provinceWide) return true;
  return scope === "target" && inside;
}

describe("authorization matrix", () => {
  it("every API route declares its access rule and is listed here", () => {
    const declared = t.app.declaredRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(declared).toEqual([...PUBLIC_ROUTES, ...CITIZEN_ROUTES, ...Object.keys(OFFICER_ROUTES)].sort());
    for (const route of t.app.declaredRoutes) {
      const key = `${route.method} ${route.url}`;
      const kind = PUBLIC_ROUTES.includes(key)
        ? "public"
        : CITIZEN_ROUTES.includes(key)
          ? "citizen"
          : "officer";
      expect(route.access?.kind, key).toBe(kind);
    }
  });

  it("each role inside and outside its scope, and nobody, gets exactly the expected allow/deny", async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const route of Object.keys(OFFICER_ROUTES)) {
      const [method = "GET", url = ""] = route.split(" ");
      for (const actor of actors) {
        for (const inside of [true, false]) {
          const headers = actor.officerId
            ? { cookie: `motcua_session=${await openSession(t.database.db, actor.officerId, 1, {})}` }
            : undefined;
          const response = await t.app.inject({
            ...sampleRequest(method, url, inside),
            ...(headers ? { headers } : {}),
          });
          const allowed = response.statusCode !== 401 && response.statusCode !== 403;
          const expected = expectedAllowed(route, actor, inside);
          cells += 1;
          if (allowed !== expected) {
            wrong.push(
              `${route} by ${actor.label} ${inside ? "inside" : "outside"}: got ${response.statusCode}, expected ${expected ? "allow" : "deny"}`,
            );
          }
          expect(response.statusCode, `${route} by ${actor.label}`).toBeLessThan(500);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBe(Object.keys(OFFICER_ROUTES).length * actors.length * 2);
  }, 120_000);

  it("citizen routes refuse every officer, whatever their role and scope, and nobody (401)", async () => {
    for (const route of CITIZEN_ROUTES) {
      const [method = "GET", url = ""] = route.split(" ");
      for (const actor of actors) {
        const headers = actor.officerId
          ? { cookie: `motcua_session=${await openSession(t.database.db, actor.officerId, 1, {})}` }
          : undefined;
        const response = await t.app.inject({
          method: method as "GET",
          url,
          ...(method === "POST" ? { payload: { purpose: "prefill_forms", granted: true } } : {}),
          ...(headers ? { headers } : {}),
        });
        expect(response.statusCode, `${route} by ${actor.label}`).toBe(401);
      }
    }
  });
});
