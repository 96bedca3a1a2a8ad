import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicStatistics } from "../../../contracts/public-statistics.ts";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import { call, createDossierTestApp, type DossierTestApp, officerCookies } from "../dossiers/test-support.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { getPublicStatistics, publicFigures } from "./public-statistics.ts";
import { type ReportFixture, reportFixture } from "./test-support.ts";

/**
 * RPT-6: the public statistics of March 2026 for Sở Tư pháp (procedure 1.002079, 10 working days),
 * worked out by hand: A received 02/03 and resolved early (05/03); C received 02/03 10:00 and
 * resolved late (17/03, due 16/03); J received 10/02, still in progress and overdue; X received
 * 03/03, in progress and overdue at 31/03 (due 17/03); L received 25/03, in progress within time.
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const APPLICANT = { name: "Trần Thị Báo Cáo", idNumber: "038090001111", phone: "0912345678" };

let t: DossierTestApp;
let f: ReportFixture;
const codes: string[] = [];

beforeAll(async () => {
  t = await createDossierTestApp(vietnamInstant("2026-03-31T09:00"));
  f = await reportFixture(t.db);
  const save = async (builder: { save(): Promise<{ code: string }> }) =>
    codes.push((await builder.save()).code);
  await save(f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"));
  await save(f.counter("2026-03-02T10:00").toOneStop("2026-03-17T09:00").finish("2026-03-17T10:00"));
  await save(f.counter("2026-02-10T09:00").handOver("2026-02-10T09:30"));
  await save(f.counter("2026-03-03T09:00").handOver("2026-03-03T09:30"));
  await save(f.counter("2026-03-25T09:00").handOver("2026-03-25T09:30"));
});
afterAll(() => t.close());

const publicUrl = (query: Record<string, string>) => `/api/public/statistics?${new URLSearchParams(query)}`;

describe("public statistics (RPT-6)", () => {
  it("RPT-6, RPT-7: anyone reads the same figures as Biểu II.06a, per agency, with a cache header", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: publicUrl({ ...MARCH, agencyId: f.agencyId }),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);
    const body = response.json() as PublicStatistics;
    expect(body.totals).toEqual({
      received: 5,
      resolved: 2,
      resolvedEarly: 1,
      resolvedOnTime: 0,
      resolvedLate: 1,
      onTimeRate: 0.5,
      inProgress: 3,
      inProgressOverdue: 2,
    });
    const ii06a = await getIi06aReport(t.db, { ...MARCH, by: "unit", agencyId: f.agencyId });
    expect(body.totals).toEqual(publicFigures(ii06a.totals));
    expect(body.agencies).toEqual(
      ii06a.rows.map((row) => ({ agencyId: row.key, name: row.label, figures: publicFigures(row.figures) })),
    );
    expect(body.closedAt).toBeNull();
    const province = await t.app.inject({ method: "GET", url: publicUrl(MARCH) });
    expect((province.json() as PublicStatistics).totals.received).toBe(
      (await getIi06aReport(t.db, { ...MARCH, by: "unit" })).totals.received,
    );
  });

  it("RPT-6, SEC-5: the answer carries no personal data: no applicant, no dossier code, no officer", async () => {
    const text = (
      await t.app.inject({ method: "GET", url: publicUrl({ from: "2026-01-01", to: "2026-12-31" }) })
    ).body;
    for (const value of [...Object.values(APPLICANT), ...codes]) expect(text).not.toContain(value);
    const demo = await t.db.selectFrom("dossier").select(["code", "applicant_name"]).execute();
    for (const dossier of demo) {
      expect(text).not.toContain(dossier.code);
      expect(text).not.toContain(`"${dossier.applicant_name}"`);
    }
    const officers = await t.db.selectFrom("officer").select("full_name").execute();
    for (const officer of officers) expect(text).not.toContain(officer.full_name);
  });

  it("RPT-3, RPT-6: a closed month is served from its snapshot even after a dossier is entered late", async () => {
    const cookies = await officerCookies(t.app, ["tuphap.giamdoc"]);
    const closed = await call(
      t.app,
      cookies["tuphap.giamdoc"],
      "POST",
      "/api/reports/periods/2026-03/close",
      {
        agencyId: f.agencyId,
      },
    );
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    await f.counter("2026-03-20T09:00").save();
    const live = await getIi06aReport(t.db, { ...MARCH, by: "unit", agencyId: f.agencyId });
    expect(live.totals.received).toBe(6);
    const served = await getPublicStatistics(t.db, { ...MARCH, agencyId: f.agencyId });
    expect(served.totals.received).toBe(5);
    expect(served.closedAt).toBe(new Date(t.clock.now()).toISOString());
  });

  it("RPT-6: a period longer than a year, or not a period, is refused with a code and a Vietnamese message", async () => {
    const long = await t.app.inject({
      method: "GET",
      url: publicUrl({ from: "2025-01-01", to: "2026-01-02" }),
    });
    expect([long.statusCode, long.json().code]).toEqual([400, "PUBLIC_STATISTICS_PERIOD_TOO_LONG"]);
    expect(long.json().detail).toContain("một năm");
    const reversed = await t.app.inject({
      method: "GET",
      url: publicUrl({ from: "2026-03-31", to: "2026-03-01" }),
    });
    expect([reversed.statusCode, reversed.json().code]).toEqual([400, "REPORT_PERIOD_INVALID"]);
    const leapYear = await t.app.inject({
      method: "GET",
      url: publicUrl({ from: "2024-01-01", to: "2024-12-31" }),
    });
    expect(leapYear.statusCode).toBe(200);
  });
});
