import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProcedureSyncChange, ProcedureSyncOverview } from "../../../contracts/procedure-sync.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { PORTAL_LOGIN } from "../national-portal/test-support.ts";
import { portalDate, type ThuTucQuocGia } from "../national-portal/wire.ts";
import { type PortalSimulator, startPortalSimulator } from "../national-portal-simulator/start-simulator.ts";

/**
 * The procedure sync with the national procedure database (CFG-1) against PostgreSQL and the
 * portal simulator, whose catalog starts as the demo catalog: procedures published on the
 * simulator become catalog versions; runs are started over HTTP as the control office.
 */

const CHANGED = "1.003198";
let sim: PortalSimulator;
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  sim = await startPortalSimulator({ port: 0, ...PORTAL_LOGIN });
  t = await createTestApp({
    NATIONAL_PORTAL_URL: sim.url,
    NATIONAL_PORTAL_USERNAME: PORTAL_LOGIN.username,
    NATIONAL_PORTAL_PASSWORD: PORTAL_LOGIN.password,
  });
  cookie = await signInAs(t.app, "kstthc");
});
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

async function overview(runId?: string): Promise<ProcedureSyncOverview> {
  const answer = await t.app.inject({
    method: "GET",
    url: `/api/admin/procedure-sync${runId ? `?runId=${runId}` : ""}`,
    headers: { cookie },
  });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as ProcedureSyncOverview;
}

/** Starts a run and waits for it to finish; the run and its changes. */
async function syncNow() {
  const start = await t.app.inject({
    method: "POST",
    url: "/api/admin/procedure-sync/runs",
    headers: { cookie },
  });
  expect(start.statusCode, start.body).toBe(202);
  const { id } = start.json() as { id: string };
  for (let waited = 0; waited < 30_000; waited += 100) {
    const seen = await overview(id);
    const run = seen.runs.find((r) => r.id === id);
    if (run && run.status !== "running") return { run, changes: seen.changes };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the procedure sync did not finish within 30 s");
}

function nationalProcedure(code: string): ThuTucQuocGia {
  const procedure = sim.catalog().find((p) => p.MaTTHC === code);
  if (!procedure) throw new Error(`${code} is not in the simulated national catalog`);
  return procedure;
}

/** What the catalog and the province's own configuration hold of a procedure. */
async function localState(code: string) {
  const { db } = t.database;
  const procedure = await db
    .selectFrom("procedure")
    .select(["id", "published_version"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  const versions = await db
    .selectFrom("procedure_version")
    .select(["version", "status"])
    .where("procedure_id", "=", procedure.id)
    .orderBy("version")
    .execute();
  const form = await db
    .selectFrom("form")
    .select("published_version")
    .where("procedure_id", "=", procedure.id)
    .executeTakeFirst();
  const workflows = await db
    .selectFrom("workflow as w")
    .innerJoin("workflow_version as v", "v.workflow_id", "w.id")
    .select(["w.id", "w.agency_id", "v.version", "v.status"])
    .where("w.procedure_id", "=", procedure.id)
    .orderBy("w.id")
    .orderBy("v.version")
    .execute();
  return { procedure, versions, form, workflows };
}

async function versionCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom("procedure_version")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("the procedure sync with the national procedure database (CFG-1)", () => {
  it("CFG-1: the first run finds the demo catalog as the portal has it; a second with nothing changed on the portal fetches and creates nothing", async () => {
    const first = await syncNow();
    expect(first.run).toMatchObject({
      status: "succeeded",
      listed: sim.catalog().length,
      fetched: sim.catalog().length,
      unchanged: sim.catalog().length,
      error: null,
    });
    const versions = await versionCount();
    const changeRows = (await overview()).changes.length;

    const second = await syncNow();
    expect(second.run).toMatchObject({
      status: "succeeded",
      fetched: 0,
      added: 0,
      changed: 0,
      blocked: 0,
      unchanged: 0,
    });
    expect(second.changes).toEqual([]);
    expect(await versionCount()).toBe(versions);
    expect((await overview()).changes).toHaveLength(changeRows);
  });

  it("CFG-1: a procedure changed on the portal becomes a new published version keeping the local workflows and e-form, with what changed and its 5-working-day deadline", async () => {
    const before = await localState(CHANGED);
    expect(before.form?.published_version).not.toBeNull();
    expect(before.workflows.length).toBeGreaterThan(0);
    const national = nationalProcedure(CHANGED);
    sim.publishProcedure({
      ...national,
      ThoiHanGiaiQuyet: { ...national.ThoiHanGiaiQuyet, SoLuong: national.ThoiHanGiaiQuyet.SoLuong + 5 },
      ThanhPhanHoSo: [
        ...national.ThanhPhanHoSo,
        {
          MaThanhPhan: "99",
          Ten: "Tờ khai bổ sung",
          BatBuoc: 1,
          BanChinh: 1,
          BanSaoChungThuc: 0,
          BanPhoTo: 0,
        },
      ],
      QuyetDinhCongBo: "Quyết định 99/QĐ-UBND",
      // A Friday: the 5 working days (28/4, 29/4, 4/5, 5/5, 6/5) skip the weekend, the day off for
      // Giỗ Tổ (27/4) and the 30/4 and 1/5 holidays of the working calendar.
      NgayQuyetDinh: "20260424090000",
    });
    // A procedure new to the catalog, decided today.
    sim.publishProcedure({
      ...national,
      MaTTHC: "1.999999",
      TenTTHC: "Thủ tục mới công bố",
      QuyetDinhCongBo: "Quyết định 100/QĐ-UBND",
      NgayQuyetDinh: portalDate(Date.now()),
    });

    const { run, changes } = await syncNow();
    expect(run).toMatchObject({ status: "succeeded", fetched: 2, added: 1, changed: 1, blocked: 0 });

    const after = await localState(CHANGED);
    const previous = before.procedure.published_version ?? 0;
    expect(after.procedure.published_version).toBe(previous + 1);
    expect(after.versions.find((v) => v.version === previous)?.status).toBe("retired");
    expect(after.form).toEqual(before.form);
    expect(after.workflows).toEqual(before.workflows);

    const changed = changes.find((c) => c.code === CHANGED) as ProcedureSyncChange;
    expect(changed).toMatchObject({
      outcome: "changed",
      version: previous + 1,
      previousVersion: previous,
      decision: "Quyết định 99/QĐ-UBND",
    });
    // Only what changed on the portal, in words (the national record says "ngay": calendar days).
    expect(changed.changes).toEqual([
      {
        field: "processingTime",
        label: "Thời hạn giải quyết",
        change: "changed",
        item: null,
        before: `${national.ThoiHanGiaiQuyet.SoLuong} ngày`,
        after: `${national.ThoiHanGiaiQuyet.SoLuong + 5} ngày`,
      },
      {
        field: "components",
        label: "Thành phần hồ sơ",
        change: "added",
        item: "Tờ khai bổ sung",
        before: null,
        after: "bắt buộc, 1 bản chính",
      },
    ]);
    expect(changed.warnings.join(" ")).toMatch(/rà soát các quy trình/);
    expect(localIsoDate(Date.parse(changed.deadline.dueAt ?? ""))).toBe("2026-05-06");
    // Published now, months after the deadline: late.
    expect(changed.deadline.status).toBe("late");

    const added = changes.find((c) => c.code === "1.999999") as ProcedureSyncChange;
    expect(added).toMatchObject({ outcome: "added", version: 1, previousVersion: null, changes: [] });
    expect(added.deadline.status).toBe("on_time");
    expect(Date.parse(added.deadline.dueAt ?? "")).toBeGreaterThan(Date.now());
  });

  it("CFG-1: a procedure that cannot be imported is recorded with the reason and flagged overdue past its deadline; once its agency is known it is imported and the deadline shows late", async () => {
    const national = nationalProcedure(CHANGED);
    const decidedLongAgo = "20261102090000";
    sim.publishProcedure({
      ...national,
      MaTTHC: "1.888888",
      TenTTHC: "Thủ tục của cơ quan chưa có",
      MaCoQuanThucHien: ["999.99.99.H99"],
      NgayQuyetDinh: decidedLongAgo,
    });
    const blocked = await syncNow();
    expect(blocked.run).toMatchObject({ status: "succeeded", fetched: 1, blocked: 1 });
    const refused = blocked.changes.find((c) => c.code === "1.888888") as ProcedureSyncChange;
    expect(refused).toMatchObject({ outcome: "blocked", version: null, procedureId: null });
    expect(refused.warnings.join(" ")).toMatch(/999\.99\.99\.H99/);
    expect(refused.deadline.status).toBe("overdue");

    // Fetched again at the next run; with a known agency it is imported.
    sim.publishProcedure({
      ...national,
      MaTTHC: "1.888888",
      TenTTHC: "Thủ tục của cơ quan chưa có",
      NgayQuyetDinh: decidedLongAgo,
    });
    const imported = await syncNow();
    expect(imported.run).toMatchObject({ fetched: 1, added: 1 });
    const latest = (await overview()).changes.filter((c) => c.code === "1.888888");
    expect(latest.map((c) => [c.outcome, c.deadline.status])).toEqual([
      ["added", "late"],
      ["blocked", "late"],
    ]);
  });

  it("CFG-1: a run is the catalog managers': refused (403) for a specialist and the operator; 409 while the portal is off", async () => {
    for (const username of ["tuphap.chuyenvien", "vanhanh"]) {
      const answer = await t.app.inject({
        method: "POST",
        url: "/api/admin/procedure-sync/runs",
        headers: { cookie: await signInAs(t.app, username) },
      });
      expect(answer.statusCode, username).toBe(403);
    }
    const off = await createTestApp({ NATIONAL_PORTAL_ENABLED: false });
    try {
      const answer = await off.app.inject({
        method: "POST",
        url: "/api/admin/procedure-sync/runs",
        headers: { cookie: await signInAs(off.app, "kstthc") },
      });
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ code: "NATIONAL_PORTAL_DISABLED" });
    } finally {
      await off.close();
    }
  });
});
