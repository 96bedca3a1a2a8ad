import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import type { DossierView } from "../../../contracts/dossiers.ts";
import {
  call,
  createDossierTestApp,
  type DossierTestApp,
  dossierInProcessing,
  HOUR,
  nextWorkingMorning,
  officerCookies,
} from "../dossiers/test-support.ts";

let t: DossierTestApp;
let cookies: Record<string, string>;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["admin", "tthcc.motcua", "hacthanh.motcua"]);
});
afterAll(() => t.close());

const lastSeq = async () =>
  (await t.db.selectFrom("audit_log").select("seq").orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow())
    .seq;

const auditPage = async (query: string) => {
  const response = await call(t.app, cookies.admin, "GET", `/api/admin/audit?${query}`);
  expect(response.status).toBe(200);
  return response.body.entries as AuditEntry[];
};

describe("SEC-2: the audit trail records refused reads, not anonymous session probes", () => {
  it("SEC-2: a portal's 'who am I' probe with an expired or foreign session cookie leaves no record", async () => {
    const before = await lastSeq();
    for (const url of ["/api/citizen/me", "/api/auth/me"]) {
      for (const cookie of ["motcua_citizen=expired", "motcua_session=expired", cookies["tthcc.motcua"]]) {
        const response = await call(t.app, cookie, "GET", url);
        if (!(url === "/api/auth/me" && cookie === cookies["tthcc.motcua"]))
          expect(response.status).toBe(401);
      }
    }
    expect(await lastSeq()).toBe(before);
  });

  it("SEC-2: a read of protected data refused to an expired session is still recorded", async () => {
    const before = await lastSeq();
    const response = await call(t.app, "motcua_citizen=expired", "GET", "/api/citizen/dossiers");
    expect(response.status).toBe(401);
    const rows = await t.db.selectFrom("audit_log").selectAll().where("seq", ">", before).execute();
    expect(rows).toMatchObject([{ action: "GET /api/citizen/dossiers", outcome: "denied", status: 401 }]);
  });
});

describe("SEC-2: the audit viewer filters the records of one dossier by its code", () => {
  let dossier: DossierView;
  beforeAll(async () => {
    dossier = await dossierInProcessing(t, cookies["tthcc.motcua"]);
    // Another dossier's records, which the filter must leave out.
    await dossierInProcessing(t, cookies["tthcc.motcua"]);
    // A refused read of the dossier by an officer of another agency.
    const refused = await call(t.app, cookies["hacthanh.motcua"], "GET", `/api/dossiers/${dossier.id}`);
    expect(refused.status).toBe(403);
  });

  it("SEC-2: lists the reception, the hand-over and the refused read of that dossier only", async () => {
    const entries = await auditPage(`dossierCode=${encodeURIComponent(` ${dossier.code} `)}`);
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ["GET /api/dossiers/:dossierId", "denied"],
      ["POST /api/dossiers/:dossierId/hand-over", "success"],
      ["POST /api/dossiers", "success"],
    ]);
  });

  it("SEC-2: a refused read and the dossier's changes share one object type", async () => {
    const entries = await auditPage(`objectType=dossier&objectId=${dossier.id}`);
    expect(entries.map((e) => e.action)).toContain("GET /api/dossiers/:dossierId");
    expect(entries.map((e) => e.action)).toContain("POST /api/dossiers/:dossierId/hand-over");
  });

  it("SEC-2: an unknown dossier code matches nothing", async () => {
    expect(await auditPage("dossierCode=000.00.00.H56-991231-9999")).toEqual([]);
  });
});
