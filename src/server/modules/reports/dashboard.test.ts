import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dashboard, DashboardFigure } from "../../../contracts/dashboard.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { listDashboardDossiers } from "./dashboard-dossiers.ts";
import { getDashboard } from "./dashboard-report.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { reportFixture } from "./test-support.ts";

/**
 * The leaders' dashboard of Sở Tư pháp as of Tue 31/03/2026 10:00 (procedure 1.002079, 10 working
 * days), over dossiers built through the lifecycle, worked out by hand.
 */

const AS_OF = "2026-03-31T10:00:00+07:00";
const NOW = Date.parse("2026-06-01T00:00:00+07:00");

let t: TestApp;
let agencyId: string;
let dashboard: Dashboard;
const code: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const f = await reportFixture(t.database.db);
  agencyId = f.agencyId;
  const save = async (letter: string, builder: { save(): Promise<{ code: string }> }) => {
    code[letter] = (await builder.save()).code;
  };
  // A: January, finished early. C: received in January, finished late in February (due Mon 26/01).
  // G: March, withdrawn before its due (on time).
  await save("A", f.counter("2026-01-05T09:00").toOneStop("2026-01-07T09:00").finish("2026-01-08T09:00"));
  await save("C", f.counter("2026-01-12T10:00").toOneStop("2026-02-09T09:00").finish("2026-02-10T10:00"));
  await save("G", f.counter("2026-03-04T09:00").handOver("2026-03-04T09:30").withdraw("2026-03-06T09:00"));
  // J: at its first step since 10/02, long overdue. S: at its first step, due Wed 01/04 09:00: due soon.
  await save("J", f.counter("2026-02-10T09:00").handOver("2026-02-10T09:30"));
  await save("S", f.counter("2026-03-18T09:00").handOver("2026-03-18T09:30"));
  // L: received Wed 25/03, not handed over yet, due in April. E: paused for fees in time (PAU-3).
  await save("L", f.counter("2026-03-25T09:00"));
  await save("E", f.counter("2026-03-09T09:00").handOver("2026-03-09T09:30").pause("2026-03-10T09:00"));
  // H: a cancelled duplicate; I: a test dossier overdue at its step (CAN-1, CAN-3: never counted).
  await save(
    "H",
    f.counter("2026-02-10T10:00").handOver("2026-02-10T10:30").cancel("2026-02-10T11:00", code.J),
  );
  await save("I", f.counter("2026-02-11T09:00", { test: true }).handOver("2026-02-11T09:30"));
  dashboard = await getDashboard(t.database.db, { agencyId, asOf: AS_OF }, NOW);
});
afterAll(() => t.close());

async function listed(figure: DashboardFigure, key?: string) {
  const page = await listDashboardDossiers(
    t.database.db,
    { agencyId, asOf: AS_OF, figure, ...(key === undefined ? {} : { key }), page: 1, pageSize: 200 },
    NOW,
  );
  const letters = Object.fromEntries(Object.entries(code).map(([letter, c]) => [c, letter]));
  return { total: page.total, letters: page.items.map((item) => letters[item.code] ?? item.code).sort() };
}

describe("The leaders' dashboard (RPT-1, RPT-7)", () => {
  it("RPT-1: now: in progress J S L E, overdue J, due soon S (within its PRC-7 warning period)", async () => {
    expect(dashboard.now).toEqual({ inProgress: 4, overdue: 1, dueSoon: 1 });
    expect(dashboard.byUnit).toEqual([
      { key: agencyId, label: "Sở Tư pháp", inProgress: 4, overdue: 1, dueSoon: 1 },
    ]);
    expect((await listed("overdue")).letters).toEqual(["J"]);
    expect((await listed("due_soon")).letters).toEqual(["S"]);
    expect((await listed("in_progress", agencyId)).letters).toEqual(["E", "J", "L", "S"]);
  });

  it("RPT-1: by where they wait: J, S and E (paused there) at the first step, L received", async () => {
    const groups = Object.fromEntries(dashboard.byStep.map((group) => [group.key, group]));
    const step = dashboard.byStep.find((group) => group.key.startsWith("step:"));
    // The step a dossier is at now is the statistics' (CURRENT_STEP): a pause keeps it there.
    expect(step).toMatchObject({ inProgress: 3, overdue: 1, dueSoon: 1 });
    expect(groups["status:received"]).toMatchObject({ label: "Đã tiếp nhận", inProgress: 1, overdue: 0 });
    expect(groups["status:paused"]).toBeUndefined();
    expect(dashboard.byStep).toHaveLength(2);
    expect((await listed("step_overdue", step?.key)).letters).toEqual(["J"]);
    expect((await listed("step_in_progress", step?.key)).letters).toEqual(["E", "J", "S"]);
  });

  it("RPT-7: each month of the trend is that month's Biểu II.06a", async () => {
    expect(dashboard.months).toHaveLength(12);
    expect(dashboard.months[0]?.month).toBe("2025-04");
    for (const month of dashboard.months) {
      const { totals } = await getIi06aReport(t.database.db, {
        from: month.from,
        to: month.to,
        by: "unit",
        agencyId,
      });
      expect([month.month, month.resolvedEarly, month.resolvedOnTime, month.resolvedLate]).toEqual([
        month.month,
        totals.resolved_early,
        totals.resolved_on_time,
        totals.resolved_late,
      ]);
      expect([month.receivedOnline, month.receivedDirect]).toEqual([
        totals.received_online,
        totals.received_direct,
      ]);
    }
    const byMonth = Object.fromEntries(dashboard.months.map((month) => [month.month, month]));
    expect(byMonth["2026-01"]).toMatchObject({ resolvedEarly: 1, onTimeRate: 1, receivedDirect: 2 }); // A; A C
    expect(byMonth["2026-02"]).toMatchObject({ resolvedLate: 1, onTimeRate: 0, receivedDirect: 1 }); // C; J
    expect(byMonth["2026-03"]).toMatchObject({ resolvedOnTime: 1, receivedDirect: 4, onlineShare: 0 }); // G; S L E G
    expect(byMonth["2025-12"]).toMatchObject({ onTimeRate: null, onlineShare: null });
  });

  it("RPT-1: the procedures most often late over the twelve months", async () => {
    expect(dashboard.lateProcedures).toEqual([
      expect.objectContaining({ code: "1.002079", resolved: 3, resolvedLate: 1 }),
    ]);
    expect((await listed("late_procedure", dashboard.lateProcedures[0]?.key)).letters).toEqual(["C"]);
  });

  it("RPT-7, CAN-3: every figure equals its list's length, and no cancelled or test dossier is listed", async () => {
    const checks: [DashboardFigure, string | undefined, number][] = [
      ["in_progress", undefined, dashboard.now.inProgress],
      ["overdue", undefined, dashboard.now.overdue],
      ["due_soon", undefined, dashboard.now.dueSoon],
    ];
    for (const row of dashboard.byUnit) {
      checks.push(["in_progress", row.key, row.inProgress], ["overdue", row.key, row.overdue]);
      checks.push(["due_soon", row.key, row.dueSoon]);
    }
    for (const row of dashboard.byStep) {
      checks.push(["step_in_progress", row.key, row.inProgress], ["step_overdue", row.key, row.overdue]);
      checks.push(["step_due_soon", row.key, row.dueSoon]);
    }
    for (const month of dashboard.months) {
      checks.push(["resolved_early", month.month, month.resolvedEarly]);
      checks.push(["resolved_on_time", month.month, month.resolvedOnTime]);
      checks.push(["resolved_late", month.month, month.resolvedLate]);
      checks.push(["received_online", month.month, month.receivedOnline]);
      checks.push(["received_direct", month.month, month.receivedDirect]);
    }
    for (const row of dashboard.lateProcedures) checks.push(["late_procedure", row.key, row.resolvedLate]);
    for (const [figure, key, figureValue] of checks) {
      const list = await listed(figure, key);
      expect([figure, key, list.total, list.letters.length]).toEqual([figure, key, figureValue, figureValue]);
      expect(list.letters).not.toContain("H");
      expect(list.letters).not.toContain("I");
    }
  });
});

describe("The leaders' dashboard over HTTP (RPT-1)", () => {
  const url = (path: string, query: string) => `/api/reports/dashboard${path}?${query}`;

  it("PRC-9: the agency's leader reads it for the agency, not for the province", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const own = await t.app.inject({
      url: url("", `agencyId=${agencyId}&asOf=${encodeURIComponent(AS_OF)}`),
      headers: { cookie: leader },
    });
    expect(own.statusCode).toBe(200);
    expect((own.json() as Dashboard).now).toEqual(dashboard.now);
    const province = await t.app.inject({ url: url("", ""), headers: { cookie: leader } });
    expect(province.statusCode).toBe(403);
  });

  it("RPT-7: the drill-down of the overdue count over HTTP; a month outside the twelve is a 400", async () => {
    const control = await signInAs(t.app, "kstthc");
    const asOf = `asOf=${encodeURIComponent(AS_OF)}`;
    const overdue = await t.app.inject({
      url: url("/dossiers", `figure=overdue&${asOf}`),
      headers: { cookie: control },
    });
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json()).toMatchObject({ total: 1, items: [{ code: code.J }] });
    const outside = await t.app.inject({
      url: url("/dossiers", `figure=resolved_late&key=2024-01&${asOf}`),
      headers: { cookie: control },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: "DASHBOARD_MONTH_INVALID" });
    const noKey = await t.app.inject({
      url: url("/dossiers", `figure=step_overdue&${asOf}`),
      headers: { cookie: control },
    });
    expect(noKey.json()).toMatchObject({ code: "DASHBOARD_KEY_REQUIRED" });
  });
});
