import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICER_ROLES } from "../../domain/roles.ts";
import type { Role } from "../db/schema.ts";
import { hashPassword } from "../modules/identity/passwords.ts";
import { rolesFor } from "../modules/identity/permissions.ts";
import { openSession } from "../modules/identity/sessions.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * The authorization matrix (PRC-9, ACC-4, SEC-2): every API route, called by every role inside
 * and outside its agency scope, and by nobody. The expected answer is written here, per route,
 * independently of the code under test (`rolesFor` is only compared with it, never its source):
 * the roles that may call it, and which agency a request concerns ("target": the agency in the
 * request; "province": province-wide data; "any": no particular agency).
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
  // RPT-6: public statistics, aggregates only.
  "GET /api/public/statistics",
  // REC-10: the national portal pushes with its bearer token, checked by the route itself.
  "POST /api/integrations/national-portal/dossiers",
  // PAY-1: the payment platform's callback, signed (HMAC), checked by the use case.
  "POST /api/payments/callback",
  // SAT-2, SAT-3: rating aggregates, feedback sent by anyone, published answers.
  "GET /api/public/satisfaction",
  "POST /api/public/feedback",
  "GET /api/public/feedback",
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
  // REC-8, WDR-1: answering a supplement request and asking to withdraw one's own dossier.
  "POST /api/citizen/dossiers/:dossierId/supplement",
  "POST /api/citizen/dossiers/:dossierId/withdrawal",
  "POST /api/citizen/dossiers/:dossierId/payments",
  "GET /api/citizen/dossiers/:dossierId/payments/:paymentId/receipt",
  "GET /api/citizen/dossiers/:dossierId/payments",
  // SAT-1, SAT-3: rating one's own finished dossier; one's own feedback and its answers.
  "GET /api/citizen/dossiers/:dossierId/rating",
  "POST /api/citizen/dossiers/:dossierId/rating",
  "GET /api/citizen/feedback",
  // REC-4 drafts (issue #14), REC-5 pre-fill.
  "GET /api/citizen/drafts",
  "GET /api/citizen/drafts/:procedureId",
  "PUT /api/citizen/drafts/:procedureId",
  "DELETE /api/citizen/drafts/:procedureId",
  "GET /api/citizen/prefill",
  // RES-3, DIG-1 (issue #14): the citizen's own data store.
  "GET /api/citizen/data-store",
  "POST /api/citizen/data-store",
  "PATCH /api/citizen/data-store/:itemId",
  "DELETE /api/citizen/data-store/:itemId",
  "GET /api/citizen/data-store/:itemId/file",
];

/**
 * Who may call each officer route, written by hand from the law and the modules' policies, never
 * read from the code under test: a permission granted to a role that is not listed here fails the
 * matrix. Roles by letter: O one-stop officer (Bộ phận Một cửa), S specialist (chuyên viên), U head
 * of unit (trưởng phòng), L agency leader (lãnh đạo), K provincial procedure-control office
 * (KSTTHC), A system administrator (quản trị hệ thống), V operator (đơn vị vận hành, ACC-4: reads,
 * never adds, changes or deletes state data).
 */
const ROLE_LETTERS: Record<string, Role> = {
  O: "one_stop_officer",
  S: "specialist",
  U: "unit_head",
  L: "agency_leader",
  K: "procedure_control",
  A: "system_admin",
  V: "operator",
};

const OFFICER_ROUTES: Record<string, [Scope, string]> = {
  // Their own account: every officer.
  "POST /api/auth/logout-all": ["any", "OSULKAV"],
  "POST /api/auth/password": ["any", "OSULKAV"],
  // Calendars (CAL-4): kept by administrators and the control office; the operator reads history.
  "GET /api/admin/calendar/history": ["target", "KAV"],
  "PUT /api/admin/calendar/days/:date": ["target", "KA"],
  "DELETE /api/admin/calendar/days/:date": ["target", "KA"],
  "PUT /api/admin/calendar/working-hours": ["target", "KA"],
  "POST /api/admin/calendar/official-schedules": ["province", "KA"],
  // Officer accounts (ACC-1, ACC-2): administrators manage, the operator looks.
  "GET /api/admin/officers": ["any", "AV"],
  "GET /api/admin/officers/:id": ["target", "AV"],
  "POST /api/admin/officers": ["target", "A"],
  "POST /api/admin/officers/:id/lock": ["target", "A"],
  "POST /api/admin/officers/:id/unlock": ["target", "A"],
  "POST /api/admin/officers/:id/revoke": ["target", "A"],
  "POST /api/admin/officers/:id/password-reset": ["target", "A"],
  "POST /api/admin/officers/:id/transfer": ["target", "A"],
  "PUT /api/admin/officers/:id/roles": ["target", "A"],
  // The audit trail (SEC-2): read-only for everyone, province-wide.
  "GET /api/admin/audit": ["province", "KAV"],
  // The integrations' delivery outbox (issue 12): health read by A and V, parked messages resolved by A.
  "GET /api/admin/integrations": ["province", "AV"],
  "POST /api/admin/integrations/messages/:id/retry": ["province", "A"],
  "POST /api/admin/integrations/messages/:id/discard": ["province", "A"],
  "GET /api/admin/integrations/portal-submissions": ["province", "AV"],
  "POST /api/admin/integrations/portal-submissions/:code/retry": ["province", "A"],
  "POST /api/admin/integrations/portal-submissions/:code/discard": ["province", "A"],
  // The national portal (issue 12): procedure sync (CFG-1) and reconciliation (INT-1), kept by K and A.
  "GET /api/admin/procedure-sync": ["province", "KAV"],
  "POST /api/admin/procedure-sync/runs": ["province", "KA"],
  "GET /api/admin/reconciliation": ["province", "KAV"],
  "POST /api/admin/reconciliation/runs": ["province", "KA"],
  // Biểu II.06a (issue 13, RPT-2): leaders over their agency's subtree, the control office the province.
  "GET /api/reports/ii06a": ["target", "LK"],
  "GET /api/reports/ii06a/dossiers": ["target", "LK"],
  "GET /api/reports/ii06a/export": ["target", "LK"],
  // Period close (RPT-3, RPT-4): as Biểu II.06a, the province by the control office only.
  "POST /api/reports/periods/:month/close": ["target", "LK"],
  "POST /api/reports/periods/:month/reopen": ["target", "LK"],
  // QĐ 766 indicators (RPT-5): as Biểu II.06a.
  "GET /api/reports/qd766": ["target", "LK"],
  // Leaders' dashboard (RPT-1, RPT-7): as Biểu II.06a.
  "GET /api/reports/dashboard": ["target", "LK"],
  "GET /api/reports/dashboard/dossiers": ["target", "LK"],
  // Statistics (RPT-1) and officer usage (seed 001 Art. 5.1.d): as Biểu II.06a.
  "GET /api/reports/statistics": ["target", "LK"],
  "GET /api/reports/statistics/dossiers": ["target", "LK"],
  "GET /api/reports/officer-usage": ["target", "LK"],
  // Explanations of late dossiers (RPT-3, PRC-8): as Biểu II.06a.
  "GET /api/reports/late-explanations": ["target", "LK"],
  // The agency tree (CFG-3).
  "GET /api/admin/agencies/export": ["province", "KAV"],
  "POST /api/admin/agencies/import": ["province", "A"],
  "POST /api/admin/agencies": ["target", "A"],
  "PUT /api/admin/agencies/:id": ["target", "A"],
  // E-forms (CFG-2), province-wide like the procedures they belong to.
  "GET /api/admin/forms": ["province", "KAV"],
  "GET /api/admin/forms/procedures/:procedureId/versions": ["province", "KAV"],
  "POST /api/admin/forms/procedures/:procedureId/versions": ["province", "KA"],
  "GET /api/admin/forms/procedures/:procedureId/versions/:version": ["province", "KAV"],
  "PUT /api/admin/forms/procedures/:procedureId/versions/:version": ["province", "KA"],
  "DELETE /api/admin/forms/procedures/:procedureId/versions/:version": ["province", "KA"],
  "POST /api/admin/forms/procedures/:procedureId/versions/:version/publish": ["province", "KA"],
  // Electronic workflows (PRC-1), per agency: written by its heads of unit and leaders with the
  // control office and administrators, approved by the control office or the agency's leader.
  "GET /api/admin/workflows": ["target", "ULKAV"],
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": ["target", "ULKAV"],
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions": ["target", "ULKA"],
  "GET /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": [
    "target",
    "ULKAV",
  ],
  "PUT /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": ["target", "ULKA"],
  "DELETE /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version": [
    "target",
    "ULKA",
  ],
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/submit": [
    "target",
    "ULKA",
  ],
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/return": [
    "target",
    "LK",
  ],
  "POST /api/admin/workflows/procedures/:procedureId/agencies/:agencyId/versions/:version/approve": [
    "target",
    "LK",
  ],
  // The procedure catalog (LKP-2, CFG-1), province-wide.
  "GET /api/admin/catalog/procedures": ["province", "KAV"],
  "POST /api/admin/catalog/procedures": ["province", "KA"],
  "GET /api/admin/catalog/procedures/:id/versions": ["province", "KAV"],
  "POST /api/admin/catalog/procedures/:id/versions": ["province", "KA"],
  "GET /api/admin/catalog/procedures/:id/versions/:version": ["province", "KAV"],
  "PUT /api/admin/catalog/procedures/:id/versions/:version": ["province", "KA"],
  "DELETE /api/admin/catalog/procedures/:id/versions/:version": ["province", "KA"],
  "POST /api/admin/catalog/procedures/:id/versions/:version/publish": ["province", "KA"],
  "POST /api/admin/catalog/procedures/:id/unpublish": ["province", "KA"],
  "GET /api/admin/catalog/export": ["province", "KAV"],
  "POST /api/admin/catalog/import": ["province", "KA"],
  // Dossiers (PRC-9): handled by the agencies' officers only, never by administrators or the
  // operator; the control office reads them and reviews cancellations (CAN-2).
  "POST /api/dossiers": ["target", "O"],
  "GET /api/dossiers/:dossierId": ["target", "OSULK"],
  "GET /api/dossiers/:dossierId/files/:fileId": ["target", "OSULK"],
  "GET /api/dossiers/:dossierId/forms/:form": ["target", "OSULK"],
  "GET /api/tracking-book": ["target", "OSULK"],
  "POST /api/counter-slips/mau-02": ["target", "O"],
  "POST /api/dossiers/:dossierId/accept-online": ["target", "O"],
  "POST /api/dossiers/:dossierId/request-online-supplement": ["target", "O"],
  "POST /api/dossiers/:dossierId/refuse-reception": ["target", "O"],
  "POST /api/dossiers/:dossierId/declare-not-competent": ["target", "O"],
  "POST /api/dossiers/:dossierId/receive-supplement": ["target", "O"],
  "POST /api/dossiers/:dossierId/hand-over": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/assign": ["target", "UL"],
  "GET /api/dossiers/:dossierId/assignees": ["target", "UL"],
  "POST /api/dossiers/:dossierId/transfer": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/accept-transfer": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/request-consultation": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/record-consultation-answer": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/return-for-supplement": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/request-correction": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/pause": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/resume": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/issue-apology": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/confirm-new-appointment": ["target", "O"],
  "POST /api/dossiers/:dossierId/record-lateness-reason": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/submit-for-approval": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/approve": ["target", "L"],
  "POST /api/dossiers/:dossierId/send-back": ["target", "L"],
  "POST /api/dossiers/:dossierId/upload-result": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/send-result": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/confirm-result": ["target", "O"],
  "POST /api/dossiers/:dossierId/flag-result-error": ["target", "O"],
  "POST /api/dossiers/:dossierId/correct-result": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/return-result": ["target", "O"],
  "POST /api/dossiers/:dossierId/refuse-after-review": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/request-withdrawal": ["target", "O"],
  "POST /api/dossiers/:dossierId/forward-withdrawal": ["target", "O"],
  "POST /api/dossiers/:dossierId/allow-withdrawal": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/reject-withdrawal": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/send-papers-back": ["target", "OSUL"],
  "POST /api/dossiers/:dossierId/end-withdrawal": ["target", "O"],
  "POST /api/dossiers/:dossierId/request-cancellation": ["target", "O"],
  "POST /api/dossiers/:dossierId/approve-cancellation": ["target", "K"],
  "POST /api/dossiers/:dossierId/reject-cancellation": ["target", "K"],
  // Files to attach to a command: only the roles that have a command taking a file.
  "POST /api/files": ["any", "OSUL"],
  "GET /api/inbox": ["any", "OSULK"],
  "GET /api/inbox/counts": ["any", "OSULK"],
  // PAY-1: fees and receipts are read as the dossier is; the one-stop records counter payments.
  "GET /api/dossiers/:dossierId/payments": ["target", "OSULK"],
  "POST /api/dossiers/:dossierId/payments": ["target", "O"],
  "GET /api/dossiers/:dossierId/payments/:paymentId/receipt": ["target", "OSULK"],
  // PAY-3: refunds asked and recorded by the one-stop, approved or rejected by the agency's leader;
  // the reconciliation with the platform's settlement file read and run by the one-stop and leaders.
  "POST /api/dossiers/:dossierId/refunds": ["target", "O"],
  "POST /api/dossiers/:dossierId/refunds/:refundId/approve": ["target", "L"],
  "POST /api/dossiers/:dossierId/refunds/:refundId/reject": ["target", "L"],
  "POST /api/dossiers/:dossierId/refunds/:refundId/record": ["target", "O"],
  "GET /api/payment-reconciliation": ["target", "OL"],
  "POST /api/payment-reconciliation/runs": ["target", "OL"],
  // SAT-3: feedback is handled by the agency's one-stop and leaders, the control office the province.
  "GET /api/feedback": ["target", "OLK"],
  "POST /api/feedback/:feedbackId/answer": ["target", "OLK"],
};

/** The roles of the table for `route`. */
function tableRoles(route: string): Role[] {
  const letters = OFFICER_ROUTES[route]?.[1] ?? "";
  return [...letters].map((letter) => {
    const role = ROLE_LETTERS[letter];
    if (!role) throw new Error(`Unknown role letter ${letter} for ${route}`);
    return role;
  });
}

/** ACC-4: the only writes the operator may make are to its own account. */
const OWN_ACCOUNT_ROUTES = ["POST /api/auth/logout-all", "POST /api/auth/password"];

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
  for (const role of OFFICER_ROLES) {
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
    ":month": "2026-03",
    ":year": "2026",
    ":procedureId": "00000000-0000-4000-8000-000000000000",
    ":agencyId": agency,
    ":version": "1",
    ":dossierId": dossierOf[agencyId[inside ? SCOPE_AGENCY : OUTSIDE] ?? ""] ?? "",
    ":fileId": "00000000-0000-4000-8000-000000000000",
    ":paymentId": "00000000-0000-4000-8000-000000000000",
    ":refundId": "00000000-0000-4000-8000-000000000000",
    ":feedbackId": "00000000-0000-4000-8000-000000000000",
    ":form": "mau-01",
    ":code": "H56.051.00-261207-QG0001",
  };
  const path = url.replace(/:[a-zA-Z]+/g, (name) => {
    const value = params[name];
    if (!value) throw new Error(`No sample value for ${name} in ${url}: add one to the matrix`);
    return value;
  });
  const body = method === "GET" || method === "DELETE" ? undefined : { agencyId: agency, parentId: agency };
  return { method: method as "GET", url: `${path}?agencyId=${agency}`, ...(body ? { payload: body } : {}) };
}

/** From the table only: the role is listed, and the request is within its scope. */
function expectedAllowed(route: string, actor: Actor, inside: boolean): boolean {
  if (!actor.role || !tableRoles(route).includes(actor.role)) return false;
  const scope = OFFICER_ROUTES[route]?.[0];
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

  it("each route's permission is held by exactly the roles of the hand-written table", () => {
    const differences = t.app.declaredRoutes.flatMap((route) => {
      const key = `${route.method} ${route.url}`;
      if (route.access?.kind !== "officer") return [];
      const granted = [...rolesFor(route.access.permission)].sort();
      const expected = tableRoles(key).sort();
      return granted.join() === expected.join()
        ? []
        : [
            `${key} (${route.access.permission}): granted ${granted.join(", ")}; table ${expected.join(", ")}`,
          ];
    });
    expect(differences).toEqual([]);
  });

  it("ACC-4: the operator (vanhanh) reaches no route that adds, changes or deletes state data", async () => {
    const writes = Object.keys(OFFICER_ROUTES).filter(
      (route) => !route.startsWith("GET ") && !OWN_ACCOUNT_ROUTES.includes(route),
    );
    expect(writes.filter((route) => tableRoles(route).includes("operator"))).toEqual([]);
    const operator = actors.find((a) => a.label.includes("(vanhanh)"));
    const cookie = `motcua_session=${await openSession(t.database.db, operator?.officerId ?? "", 1, {})}`;
    for (const route of writes) {
      const [method = "POST", url = ""] = route.split(" ");
      const response = await t.app.inject({ ...sampleRequest(method, url, true), headers: { cookie } });
      expect(response.statusCode, route).toBe(403);
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
