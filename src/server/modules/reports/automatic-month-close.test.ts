import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ii06aReportAsServed } from "../../../contracts/reports.ts";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import { call, createDossierTestApp, type DossierTestApp, officerCookies } from "../dossiers/test-support.ts";
import { closeMonthsAutomatically } from "./close-months-automatically.ts";
import { SYSTEM_CLOSER } from "./period-snapshots.ts";
import { reportFixture } from "./test-support.ts";

/**
 * RPT-4 (statistics produced on the month's last working day): May 2026 ends on Sunday 31/05, so
 * its last working day is Friday 29/05. One dossier of Sở Tư pháp received in May.
 */

let t: DossierTestApp;
let agencyId: string;
let director: string;

beforeAll(async () => {
  t = await createDossierTestApp(vietnamInstant("2026-05-29T16:00"));
  const f = await reportFixture(t.db);
  agencyId = f.agencyId;
  await f.counter("2026-05-04T09:00").save();
  director = (await officerCookies(t.app, ["tuphap.giamdoc"]))["tuphap.giamdoc"] as string;
});
afterAll(() => t.close());

const snapshots = () =>
  t.db.selectFrom("report_snapshot").select(["agency_id", "month", "closed_by", "reopened_at"]).execute();
const mayAsServed = async () =>
  (
    await call(
      t.app,
      director,
      "GET",
      `/api/reports/ii06a?from=2026-05-01&to=2026-05-31&agencyId=${agencyId}`,
    )
  ).body as Ii06aReportAsServed;

describe("automatic month close (RPT-4)", () => {
  it("RPT-4: May is not closed while its last working day has not ended (April, long over, is)", async () => {
    expect(await closeMonthsAutomatically(t.db, vietnamInstant("2026-05-29T16:00"))).toEqual([
      { month: "2026-04", agencyId: null },
    ]);
    expect((await snapshots()).map((row) => row.month)).toEqual(["2026-04"]);
  });

  it("RPT-4: after it, the province and each unit with dossiers are closed by the system, once", async () => {
    const closed = await closeMonthsAutomatically(t.db, vietnamInstant("2026-05-30T01:00"));
    expect(closed).toEqual([
      { month: "2026-05", agencyId: null },
      { month: "2026-05", agencyId },
    ]);
    expect(await snapshots()).toHaveLength(3);
    expect((await snapshots()).every((row) => row.closed_by === null)).toBe(true);
    expect((await mayAsServed()).closed?.closedBy).toBe(SYSTEM_CLOSER);
    expect(await closeMonthsAutomatically(t.db, vietnamInstant("2026-05-30T02:00"))).toEqual([]);
    expect(await snapshots()).toHaveLength(3);
  });

  it("RPT-3: a month reopened by people is not closed again by the system", async () => {
    t.clock.set(vietnamInstant("2026-06-01T09:00"));
    const reopened = await call(t.app, director, "POST", "/api/reports/periods/2026-05/reopen", {
      agencyId,
      reason: "Bổ sung hồ sơ tiếp nhận muộn trong tháng",
    });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(await closeMonthsAutomatically(t.db, vietnamInstant("2026-06-01T10:00"))).toEqual([]);
    expect((await mayAsServed()).closed).toBeNull();
  });
});
