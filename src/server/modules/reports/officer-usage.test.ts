import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfficerUsageReport, OfficerUsageRow } from "../../../contracts/statistics.ts";
import { system } from "../../../domain/dossier/index.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { getOfficerUsage } from "./officer-usage-report.ts";
import { statisticsFixture } from "./statistics-test-support.ts";

/**
 * Seed 001 Art. 5.1.d: usage per officer over March 2026 at Sở Tư pháp, worked out by hand. Every
 * step starts and ends at the same time of day, so it lasts whole working days (CAL-1: 480 working
 * minutes a day); March 2026 has no holiday.
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const DAY = 480;

let t: TestApp;
let agencyId: string;
let specialistId: string;
let headId: string;
/** Current loads before the fixture: demo dossiers assigned to the same officers now. */
let loadBefore: Map<string, number>;

const usage = () => getOfficerUsage(t.database.db, { ...MARCH, agencyId });
const rowOf = (report: OfficerUsageReport, officerId: string) =>
  report.rows.find((row) => row.officerId === officerId) as OfficerUsageRow;

beforeAll(async () => {
  t = await createTestApp();
  const f = await statisticsFixture(t.database.db);
  agencyId = f.agencyId;
  specialistId = f.specialist.officerId;
  headId = f.head.officerId;
  loadBefore = new Map((await usage()).rows.map((row) => [row.officerId, row.currentLoad]));
  const started = (when: string, handOver: string, options?: { test?: boolean }) =>
    f.counter(when, options).handOver(handOver);
  // A: the specialist 2 days (Mon 02/03 09:30 → Wed 04/03 09:30, early against 6), the head 1 day
  //    (→ Thu 05/03 09:30, on time: at its due instant), finished Fri 06/03.
  let a = f.assign(started("2026-03-02T09:00", "2026-03-02T09:30"), "2026-03-02T09:40", f.specialist);
  a = f.complete(a, "2026-03-04T09:30", f.specialist);
  a = f.complete(f.assign(a, "2026-03-04T09:40", f.head), "2026-03-05T09:30", f.head);
  await f.finish(a, "2026-03-06T09:00").save();
  // B: the specialist 7 days (Mon 02/03 10:30 → Wed 11/03 10:30: late), the head 2 days (late).
  let b = f.assign(started("2026-03-02T10:00", "2026-03-02T10:30"), "2026-03-02T10:40", f.specialist);
  b = f.complete(b, "2026-03-11T10:30", f.specialist);
  b = f.complete(f.assign(b, "2026-03-11T10:40", f.head), "2026-03-13T10:30", f.head);
  await f.finish(b, "2026-03-17T10:30").save();
  // C: assigned to the specialist, still at step 0: the specialist's current load, no step completed.
  await f.assign(started("2026-03-16T09:00", "2026-03-16T09:30"), "2026-03-16T10:00", f.specialist).save();
  // E: the specialist 3 days (Mon 23/03 09:30 → Thu 26/03 09:30, early), then the head's load.
  let e = f.assign(started("2026-03-23T09:00", "2026-03-23T09:30"), "2026-03-23T09:40", f.specialist);
  e = f.complete(e, "2026-03-26T09:30", f.specialist);
  await f.assign(e, "2026-03-26T09:40", f.head).save();
  // P: paused for fees Tue 03/03 09:30 – Thu 05/03 09:30 at the specialist's step (Mon 02/03 14:00 →
  //    Fri 06/03 14:00): 4 days held, 2 of them paused → 2 days.
  let p = f.assign(started("2026-03-02T13:30", "2026-03-02T14:00"), "2026-03-02T14:10", f.specialist);
  p = p.at("2026-03-03T09:30", () => ({
    type: "pause",
    actor: f.specialist,
    reason: "fees",
    proofRef: "tb-phi-02",
    feeAmount: 200_000,
  }));
  p = p.at("2026-03-05T09:25", () => ({
    type: "record_payment",
    actor: system("payment"),
    amount: 200_000,
    reference: "bien-lai-02",
  }));
  p = p.at("2026-03-05T09:30", () => ({ type: "resume", actor: f.specialist }));
  await f.complete(p, "2026-03-06T14:00", f.specialist).save();
  // F: a test dossier the specialist handled in 1 day: never counted (CAN-3).
  let test = f.assign(
    started("2026-03-03T09:00", "2026-03-03T09:30", { test: true }),
    "2026-03-03T09:40",
    f.specialist,
  );
  await f.complete(test, "2026-03-04T09:30", f.specialist).save();
  // Q: handled in April: not in March.
  test = f.assign(started("2026-04-01T09:00", "2026-04-01T09:30"), "2026-04-01T09:40", f.specialist);
  await f.complete(test, "2026-04-02T09:30", f.specialist).save();
});
afterAll(() => t.close());

describe("Officer usage of a worked month (seed 001 Art. 5.1.d)", () => {
  it("CAL-1: steps completed, median and mean working time per step, late share, current load", async () => {
    const report = await usage();
    expect(report.minutesPerDay).toBe(DAY);
    // The specialist: A 2 days (early), B 7 (late), E 3 (early), P 2 (4 less 2 paused, early).
    expect(rowOf(report, specialistId)).toEqual({
      officerId: specialistId,
      name: "Lê Thị Thảo",
      agencyName: "Phòng Bổ trợ tư pháp",
      stepsCompleted: 4,
      dossiersHandled: 4,
      medianStepMinutes: 2.5 * DAY, // (2 + 3) / 2
      meanStepMinutes: 3.5 * DAY, // (2 + 7 + 3 + 2) / 4
      lateBasis: "steps",
      lateCount: 1, // B
      lateOutOf: 4,
      lateShare: 0.25,
      currentLoad: (loadBefore.get(specialistId) ?? 0) + 1, // C (P went on to step 1, unassigned)
    });
    // The head: A 1 day (on time), B 2 (late); E assigned now.
    expect(rowOf(report, headId)).toMatchObject({
      stepsCompleted: 2,
      dossiersHandled: 2,
      medianStepMinutes: 1.5 * DAY,
      meanStepMinutes: 1.5 * DAY,
      lateBasis: "steps",
      lateCount: 1,
      lateOutOf: 2,
      lateShare: 0.5,
      currentLoad: (loadBefore.get(headId) ?? 0) + 1,
    });
  });

  it("RPT-7: a period without the officers' steps shows their load only", async () => {
    const february = await getOfficerUsage(t.database.db, { from: "2026-02-01", to: "2026-02-28", agencyId });
    expect(rowOf(february, specialistId)).toMatchObject({
      stepsCompleted: 0,
      medianStepMinutes: null,
      meanStepMinutes: null,
      lateBasis: null,
      lateShare: null,
    });
  });

  it("PRC-9: the leader reads it over HTTP; the control office for the province", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const response = await t.app.inject({
      url: `/api/reports/officer-usage?from=${MARCH.from}&to=${MARCH.to}&agencyId=${agencyId}`,
      headers: { cookie: leader },
    });
    expect(response.statusCode).toBe(200);
    expect(rowOf(response.json() as OfficerUsageReport, specialistId).stepsCompleted).toBe(4);
    const province = await t.app.inject({
      url: `/api/reports/officer-usage?from=${MARCH.from}&to=${MARCH.to}`,
      headers: { cookie: leader },
    });
    expect(province.statusCode).toBe(403);
    const control = await signInAs(t.app, "kstthc");
    const whole = await t.app.inject({
      url: `/api/reports/officer-usage?from=${MARCH.from}&to=${MARCH.to}`,
      headers: { cookie: control },
    });
    expect(whole.statusCode).toBe(200);
  });
});
