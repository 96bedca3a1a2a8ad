import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  STATISTICS_COLUMNS,
  STATISTICS_GROUPINGS,
  type StatisticsGrouping,
  type StatisticsReport,
} from "../../../contracts/statistics.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { listStatisticsDossiers } from "./statistics-dossiers.ts";
import { getStatistics } from "./statistics-report.ts";
import { statisticsFixture } from "./statistics-test-support.ts";

/**
 * RPT-1: statistics of March 2026 at Sở Tư pháp by field, unit, status, step and officer, worked
 * out by hand from dossiers built through the lifecycle (procedure 1.002079: step 0 "Thẩm định" by
 * the specialist Lê Thị Thảo, step 1 by the unit head Nguyễn Đức Thắng; 10 working days in all).
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

let t: TestApp;
let agencyId: string;
let specialistId: string;
let headId: string;
let workflowId: string;
/** Each scenario's dossier code, by letter. */
const code: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const f = await statisticsFixture(t.database.db);
  agencyId = f.agencyId;
  specialistId = f.specialist.officerId;
  headId = f.head.officerId;
  const save = async (
    letter: string,
    builder: { save(): Promise<{ code: string; workflow: { id: string } }> },
  ) => {
    const dossier = await builder.save();
    code[letter] = dossier.code;
    workflowId = dossier.workflow.id;
  };
  const started = (when: string, handOver: string, options?: { test?: boolean }) =>
    f.counter(when, options).handOver(handOver);
  // A: the specialist's step Mon 02/03 → Wed 04/03, the head's → Thu 05/03, finished Fri 06/03:
  //    resolved early; counted for the head (who completed its last step).
  let a = f.assign(started("2026-03-02T09:00", "2026-03-02T09:30"), "2026-03-02T09:40", f.specialist);
  a = f.complete(a, "2026-03-04T09:30", f.specialist);
  a = f.complete(f.assign(a, "2026-03-04T09:40", f.head), "2026-03-05T09:30", f.head);
  await save("A", f.finish(a, "2026-03-06T09:00"));
  // B: the specialist's step late (Mon 02/03 10:30 → Wed 11/03 10:30, due Tue 10/03), the head's
  //    late too (→ Fri 13/03), finished Tue 17/03 after its due (Mon 16/03 10:00): resolved late, the head.
  let b = f.assign(started("2026-03-02T10:00", "2026-03-02T10:30"), "2026-03-02T10:40", f.specialist);
  b = f.complete(b, "2026-03-11T10:30", f.specialist);
  b = f.complete(f.assign(b, "2026-03-11T10:40", f.head), "2026-03-13T10:30", f.head);
  await save("B", f.finish(b, "2026-03-17T10:30"));
  // C: at step 0, assigned to the specialist since Mon 16/03, due Mon 30/03: in progress overdue, the specialist.
  await save(
    "C",
    f.assign(started("2026-03-16T09:00", "2026-03-16T09:30"), "2026-03-16T10:00", f.specialist),
  );
  // D: at step 0, nobody assigned: in progress within time, no officer.
  await save("D", started("2026-03-25T09:00", "2026-03-25T09:30"));
  // E: the specialist's step Mon 23/03 → Thu 26/03, then at step 1 assigned to the head: in progress, the head.
  let e = f.assign(started("2026-03-23T09:00", "2026-03-23T09:30"), "2026-03-23T09:40", f.specialist);
  e = f.complete(e, "2026-03-26T09:30", f.specialist);
  await save("E", f.assign(e, "2026-03-26T09:40", f.head));
  // F: a test dossier the specialist handled: counted nowhere (CAN-1, CAN-3).
  let test = f.assign(
    started("2026-03-03T09:00", "2026-03-03T09:30", { test: true }),
    "2026-03-03T09:40",
    f.specialist,
  );
  test = f.complete(test, "2026-03-04T09:30", f.specialist);
  await save("F", test);
  // G: a counter entry duplicating A, cancelled: counted nowhere (CAN-3).
  await save("G", f.counter("2026-03-02T09:05").cancel("2026-03-02T09:20", code.A));
});
afterAll(() => t.close());

const statistics = (groupBy: StatisticsGrouping) =>
  getStatistics(t.database.db, { ...MARCH, agencyId, groupBy });

async function lettersOf(
  groupBy: StatisticsGrouping,
  column: (typeof STATISTICS_COLUMNS)[number],
  row?: string,
) {
  const page = await listStatisticsDossiers(t.database.db, {
    ...MARCH,
    agencyId,
    groupBy,
    column,
    row,
    page: 1,
    pageSize: 200,
  });
  const letters = Object.fromEntries(Object.entries(code).map(([letter, c]) => [c, letter]));
  return { total: page.total, letters: page.items.map((item) => letters[item.code] ?? item.code).sort() };
}

const figures = (row: StatisticsReport["rows"][number]) => STATISTICS_COLUMNS.map((column) => row[column]);

describe("Statistics of a worked month (RPT-1, RPT-7)", () => {
  it("RPT-1: by officer, the head, the specialist and the unassigned row as worked out by hand", async () => {
    const byOfficer = await statistics("officer");
    expect(byOfficer.rows.map((row) => [row.key, row.label, row.detail, ...figures(row)])).toEqual([
      // received, resolved, resolved late, in progress, in progress overdue
      [specialistId, "Lê Thị Thảo", "Phòng Bổ trợ tư pháp", 1, 0, 0, 1, 1], // C
      [headId, "Nguyễn Đức Thắng", "Phòng Bổ trợ tư pháp", 3, 2, 1, 1, 0], // A B E
      ["-", null, null, 1, 0, 0, 1, 0], // D
    ]);
    expect(byOfficer.totals).toEqual({
      received: 5,
      resolved: 2,
      resolvedLate: 1,
      inProgress: 3,
      inProgressOverdue: 1,
    });
  });

  it("RPT-1: by step, the step each dossier is at now; the resolved ones at none", async () => {
    const byStep = await statistics("step");
    expect(byStep.rows.map((row) => [row.key, row.label, ...figures(row)])).toEqual([
      [`${workflowId}:1`, "Lãnh đạo phòng xem xét, trình ký", 1, 0, 0, 1, 0], // E
      [`${workflowId}:0`, "Thẩm định hồ sơ, dự thảo kết quả", 2, 0, 0, 2, 1], // C D
      ["-", null, 2, 2, 1, 0, 0], // A B
    ]);
  });

  it("RPT-1: by status, unit and field: the same totals", async () => {
    const byStatus = await statistics("status");
    expect(byStatus.rows.find((row) => row.key === "in_processing")).toMatchObject({
      label: "Đang xử lý",
      received: 3,
    });
    const byUnit = await statistics("unit");
    expect(byUnit.rows.map((row) => row.label)).toEqual(["Sở Tư pháp"]);
    const byField = await statistics("field");
    expect(byField.rows.map((row) => row.label)).toEqual(["Luật sư"]);
    for (const report of [byStatus, byUnit, byField]) expect(report.totals).toEqual(byUnit.totals);
  });

  it("RPT-7: for every grouping, every figure equals the length of its list", async () => {
    for (const groupBy of STATISTICS_GROUPINGS) {
      const report = await statistics(groupBy);
      for (const column of STATISTICS_COLUMNS) {
        expect((await lettersOf(groupBy, column)).total, `${groupBy} totals ${column}`).toBe(
          report.totals[column],
        );
        for (const row of report.rows) {
          const list = await lettersOf(groupBy, column, row.key);
          expect(list.total, `${groupBy} ${row.key} ${column}`).toBe(row[column]);
          expect(list.letters).toHaveLength(row[column]);
        }
      }
    }
  });

  it("RPT-1, CAN-3: the lists are the dossiers named by hand; test and cancelled dossiers in none", async () => {
    expect((await lettersOf("officer", "received", headId)).letters).toEqual(["A", "B", "E"]);
    expect((await lettersOf("officer", "resolvedLate", headId)).letters).toEqual(["B"]);
    expect((await lettersOf("officer", "inProgressOverdue", specialistId)).letters).toEqual(["C"]);
    expect((await lettersOf("officer", "received", "-")).letters).toEqual(["D"]);
    expect((await lettersOf("step", "received")).letters).toEqual(["A", "B", "C", "D", "E"]);
  });
});

describe("Statistics over HTTP (RPT-1)", () => {
  const query = `from=${MARCH.from}&to=${MARCH.to}`;

  it("PRC-9: the agency's leader reads its statistics and their lists; a figure's list has its count", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const own = await t.app.inject({
      url: `/api/reports/statistics?${query}&agencyId=${agencyId}&groupBy=officer`,
      headers: { cookie: leader },
    });
    expect(own.statusCode).toBe(200);
    const report = own.json() as StatisticsReport;
    const head = report.rows.find((row) => row.key === headId);
    expect(head?.received).toBe(3);
    const list = await t.app.inject({
      url: `/api/reports/statistics/dossiers?${query}&agencyId=${agencyId}&groupBy=officer&column=received&row=${headId}&pageSize=2&page=2`,
      headers: { cookie: leader },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 3, page: 2 });
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it("PRC-9: a leader of another agency is refused Sở Tư pháp's statistics, lists and officer usage", async () => {
    const outsider = await signInAs(t.app, "hacthanh.chutich");
    for (const url of [
      `/api/reports/statistics?${query}&agencyId=${agencyId}&groupBy=officer`,
      `/api/reports/statistics/dossiers?${query}&agencyId=${agencyId}&groupBy=officer&column=received`,
      `/api/reports/officer-usage?${query}&agencyId=${agencyId}`,
    ]) {
      const response = await t.app.inject({ url, headers: { cookie: outsider } });
      expect(response.statusCode, url).toBe(403);
    }
  });

  it("RPT-1: an unknown grouping or column is a 400 with a Vietnamese message", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const response = await t.app.inject({
      url: `/api/reports/statistics?${query}&agencyId=${agencyId}&groupBy=weather`,
      headers: { cookie: leader },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("cách chia dòng");
  });
});
