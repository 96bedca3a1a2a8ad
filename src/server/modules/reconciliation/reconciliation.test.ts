import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReconciliationMismatch, ReconciliationOverview } from "../../../contracts/reconciliation.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { deliverMessages } from "../delivery/deliver-messages.ts";
import { DeliveryFailure, type Destination } from "../delivery/destination.ts";
import { nextWorkingMorning } from "../dossiers/test-support.ts";
import { createPortalClient } from "../national-portal/portal-client.ts";
import { portalDestination } from "../national-portal/portal-destination.ts";
import { recordPortalSwitch } from "../national-portal/portal-switch.ts";
import { dossierDriver, PORTAL_LOGIN } from "../national-portal/test-support.ts";
import { portalDate, SERVICES } from "../national-portal/wire.ts";
import { type PortalSimulator, startPortalSimulator } from "../national-portal-simulator/start-simulator.ts";

/**
 * The reconciliation with the national portal (INT-1) against PostgreSQL and the portal
 * simulator: dossiers received through the real use case, synced by the real delivery to the
 * simulator, then changed, lost or added on the portal's side only; the run is started over HTTP.
 */

const AGENCY = "000.00.00.H56";
const REFUSAL = "Cổng DVCQG từ chối: thiếu mã lĩnh vực";
let sim: PortalSimulator;
let t: TestApp;
let base: number;
const started = Date.now();
/** The commands' clock: a working morning a few days ahead, moving with real time. */
const clock = () => base + (Date.now() - started);

beforeAll(async () => {
  sim = await startPortalSimulator({ port: 0, ...PORTAL_LOGIN });
  t = await createTestApp({
    NATIONAL_PORTAL_URL: sim.url,
    NATIONAL_PORTAL_USERNAME: PORTAL_LOGIN.username,
    NATIONAL_PORTAL_PASSWORD: PORTAL_LOGIN.password,
    NATIONAL_PORTAL_AGENCY_CODE: AGENCY,
  });
  base = await nextWorkingMorning(t.database.db);
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

/** The portal's destination, refusing (parking at once) the messages of the dossiers in `refused`. */
function destinationRefusing(refused: ReadonlySet<string>): Destination {
  const client = createPortalClient({
    baseUrl: sim.url,
    ...PORTAL_LOGIN,
    agencyCode: AGENCY,
    timeoutMs: 5_000,
  });
  const portal = portalDestination(t.database.db, client, 1);
  return {
    ...portal,
    send: (message, signal) =>
      refused.has(message.orderingKey)
        ? Promise.reject(new DeliveryFailure(REFUSAL, false))
        : portal.send(message, signal),
  };
}

async function codeOf(id: string): Promise<string> {
  const row = await t.database.db
    .selectFrom("dossier")
    .select("code")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.code;
}

/** Starts a run as `cookie` and waits for it to finish; its overview. */
async function reconcileAs(cookie: string, period: { from: string; to: string }) {
  const start = await t.app.inject({
    method: "POST",
    url: "/api/admin/reconciliation/runs",
    headers: { cookie },
    payload: period,
  });
  expect(start.statusCode, start.body).toBe(202);
  const { id } = start.json() as { id: string };
  for (let waited = 0; waited < 20_000; waited += 100) {
    const answer = await t.app.inject({
      method: "GET",
      url: `/api/admin/reconciliation?runId=${id}`,
      headers: { cookie },
    });
    const overview = answer.json() as ReconciliationOverview;
    if (overview.shown?.run.status !== "running") return overview;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the reconciliation did not finish within 20 s");
}

describe("the reconciliation with the national portal (INT-1)", () => {
  it("INT-1: lists a status changed only on the portal, a dossier missing on each side, a parked and a never-sent one, each with its cause, and counts per agency and month", async () => {
    const { db } = t.database;
    const driver = await dossierDriver(db, clock);
    await recordPortalSwitch(db, true, clock());
    const matching = await driver.receive();
    await driver.change(matching, 0);
    const changedOnPortal = await driver.receive();
    const lostByPortal = await driver.receive();
    const parked = await driver.receive();
    await recordPortalSwitch(db, false, clock());
    const neverSent = await driver.receive();
    await recordPortalSwitch(db, true, clock());

    const report = await deliverMessages(db, destinationRefusing(new Set([parked])), clock, { batch: 100 });
    expect(report).toMatchObject({ delivered: 4, parked: 1 });
    const [changedCode, lostCode] = await Promise.all([codeOf(changedOnPortal), codeOf(lostByPortal)]);
    sim.setPortalStatus(changedCode, 6);
    sim.removeDossier(lostCode);
    // A dossier the portal holds, received by the province's agency that day, that motcua never had.
    const portalOnly = `${AGENCY}-${localIsoDate(base).replaceAll("-", "").slice(2)}-9999`;
    const client = createPortalClient({
      baseUrl: sim.url,
      ...PORTAL_LOGIN,
      agencyCode: AGENCY,
      timeoutMs: 5_000,
    });
    const snapshot = [...sim.dossiers().values()][0]?.record;
    if (!snapshot) throw new Error("nothing was synced to the simulator");
    await client.call(SERVICES.syncDossiers, {
      isUpdating: "false",
      data: [
        {
          ...snapshot,
          MaHoSo: portalOnly,
          MaHoSoQG: "",
          TrangThaiHoSo: 2,
          NgayTiepNhan: portalDate(base + 60_000),
        },
      ],
    });

    const day = localIsoDate(base);
    const overview = await reconcileAs(await signInAs(t.app, "kstthc"), { from: day, to: day });
    const shown = overview.shown;
    expect(shown?.run).toMatchObject({
      status: "succeeded",
      trigger: "manual",
      startedBy: expect.any(String),
    });
    const byCode = new Map((shown?.mismatches ?? []).map((m) => [m.dossierCode, m]));
    const codes = {
      matching: await codeOf(matching),
      parked: await codeOf(parked),
      neverSent: await codeOf(neverSent),
    };
    expect(byCode.has(codes.matching)).toBe(false);
    expect(byCode.get(changedCode)).toMatchObject({
      cause: "changed_on_portal",
      motcuaStatus: 2,
      portalStatus: 6,
    } satisfies Partial<ReconciliationMismatch>);
    expect(byCode.get(lostCode)).toMatchObject({ cause: "missing_on_portal", portalStatus: null });
    expect(byCode.get(codes.parked)).toMatchObject({ cause: "parked", detail: REFUSAL, portalStatus: null });
    expect(byCode.get(codes.neverSent)).toMatchObject({ cause: "never_sent", motcuaStatus: 2 });
    expect(byCode.get(portalOnly)).toMatchObject({
      cause: "missing_in_motcua",
      dossierId: null,
      motcuaStatus: null,
      portalStatus: 2,
      agencyCode: snapshot.CoQuanTiepNhan,
    });
    expect(shown?.run).toMatchObject({ total: 5, checked: 5, matched: 1, mismatched: 5 });

    expect(shown?.counts).toEqual([
      {
        agencyCode: snapshot.CoQuanTiepNhan,
        agencyName: expect.any(String),
        month: day.slice(0, 7),
        checked: 6,
        matched: 1,
        mismatches: {
          changed_on_portal: 1,
          missing_on_portal: 1,
          parked: 1,
          never_sent: 1,
          missing_in_motcua: 1,
        },
      },
    ]);
  });

  it("INT-1: a run is the control office's: refused (403) for a specialist, read but not started by the operator", async () => {
    const period = { from: localIsoDate(base), to: localIsoDate(base) };
    for (const username of ["tuphap.chuyenvien", "vanhanh"]) {
      const answer = await t.app.inject({
        method: "POST",
        url: "/api/admin/reconciliation/runs",
        headers: { cookie: await signInAs(t.app, username) },
        payload: period,
      });
      expect(answer.statusCode, username).toBe(403);
    }
    const specialistRead = await t.app.inject({
      method: "GET",
      url: "/api/admin/reconciliation",
      headers: { cookie: await signInAs(t.app, "tuphap.chuyenvien") },
    });
    expect(specialistRead.statusCode).toBe(403);
    const operatorRead = await t.app.inject({
      method: "GET",
      url: "/api/admin/reconciliation",
      headers: { cookie: await signInAs(t.app, "vanhanh") },
    });
    expect(operatorRead.statusCode).toBe(200);
  });

  it("INT-1: a period that ends before it starts is a 400 that starts nothing", async () => {
    const cookie = await signInAs(t.app, "kstthc");
    const before = await t.database.db.selectFrom("reconciliation_run").select("id").execute();
    const answer = await t.app.inject({
      method: "POST",
      url: "/api/admin/reconciliation/runs",
      headers: { cookie },
      payload: { from: "2026-12-10", to: "2026-12-01" },
    });
    expect(answer.statusCode).toBe(400);
    expect(await t.database.db.selectFrom("reconciliation_run").select("id").execute()).toEqual(before);
  });
});

describe("the reconciliation without the national portal (INT-1)", () => {
  it("INT-1: with NATIONAL_PORTAL_ENABLED=false a run is a clear 409 and the page says the portal is off", async () => {
    const off = await createTestApp({ NATIONAL_PORTAL_ENABLED: false });
    try {
      const cookie = await signInAs(off.app, "kstthc");
      const run = await off.app.inject({
        method: "POST",
        url: "/api/admin/reconciliation/runs",
        headers: { cookie },
        payload: {},
      });
      expect(run.statusCode).toBe(409);
      expect(run.json()).toMatchObject({ code: "NATIONAL_PORTAL_DISABLED" });
      expect(run.json().detail).toMatch(/Cổng Dịch vụ công quốc gia/);
      const page = await off.app.inject({
        method: "GET",
        url: "/api/admin/reconciliation",
        headers: { cookie },
      });
      expect(page.json()).toEqual({ portalEnabled: false, runs: [], shown: null });
    } finally {
      await off.close();
    }
  });
});
