import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import type { Ii06aReportAsServed, PeriodClose } from "../../../contracts/reports.ts";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import {
  call,
  createDossierTestApp,
  type DossierTestApp,
  issueCommand,
  officerCookies,
} from "../dossiers/test-support.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { reportFixture } from "./test-support.ts";

/**
 * Closing March 2026 for Sở Tư pháp (RPT-3, RPT-4): its last working day is Tue 31/03. Two
 * dossiers of March: A resolved early, X received on Tue 03/03 and cancelled after the close.
 */

const MARCH = "from=2026-03-01&to=2026-03-31";
const CLOSE = "/api/reports/periods/2026-03/close";
const REOPEN = "/api/reports/periods/2026-03/reopen";

let t: DossierTestApp;
let agencyId: string;
let cookies: Record<string, string>;
let xId: string;
let aCode: string;

beforeAll(async () => {
  t = await createDossierTestApp(vietnamInstant("2026-03-30T09:00"));
  const f = await reportFixture(t.db);
  agencyId = f.agencyId;
  aCode = (
    await f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00").save()
  ).code;
  xId = (await f.counter("2026-03-03T09:00").save()).id;
  cookies = await officerCookies(t.app, ["tuphap.giamdoc", "kstthc", "tuphap.chuyenvien", "tthcc.motcua"]);
});
afterAll(() => t.close());

const close = (who: string, body: Record<string, unknown> = { agencyId }) =>
  call(t.app, cookies[who], "POST", CLOSE, body);
const served = async (query = `${MARCH}&agencyId=${agencyId}`) => {
  const response = await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/reports/ii06a?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Ii06aReportAsServed;
};

/** CAN-2: X is cancelled as a duplicate of A (same applicant), requested by the one-stop, approved by KSTTHC. */
async function cancelX(): Promise<void> {
  const view = (await call(t.app, cookies["tthcc.motcua"], "GET", `/api/dossiers/${xId}`))
    .body as DossierView;
  const requested = await issueCommand(t, cookies["tthcc.motcua"], view, "request_cancellation", {
    ground: "duplicate",
    reason: "Nhập trùng hồ sơ",
    duplicateCodes: [aCode],
  });
  await issueCommand(t, cookies.kstthc, requested, "approve_cancellation");
}

describe("period close of Biểu II.06a (RPT-3, RPT-4)", () => {
  it("RPT-4: closing before the month's last working day is refused with 409 and a Vietnamese message", async () => {
    const refused = await close("tuphap.giamdoc");
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "PERIOD_CLOSE_TOO_EARLY" });
    expect(refused.body.detail).toContain("ngày làm việc cuối cùng của tháng (31/03/2026)");
    expect(await t.db.selectFrom("report_snapshot").select("id").execute()).toEqual([]);
  });

  it("PRC-9: a specialist may not close a month (403); a leader may not close the province's", async () => {
    t.clock.set(vietnamInstant("2026-03-31T08:00"));
    expect((await close("tuphap.chuyenvien")).status).toBe(403);
    expect((await close("tuphap.giamdoc", {})).status).toBe(403);
    expect(await t.db.selectFrom("report_snapshot").select("id").execute()).toEqual([]);
  });

  it("RPT-3, RPT-4: a closed month keeps its figures after a cancellation while the live ones move", async () => {
    const closed = await close("tuphap.giamdoc");
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    expect(closed.body as PeriodClose).toMatchObject({ month: "2026-03", agencyId, reopenedAt: null });
    const before = await served();
    expect(before.closed).toEqual({
      closedAt: new Date(t.clock.now()).toISOString(),
      closedBy: expect.any(String),
    });
    expect(before.totals).toMatchObject({ received: 2, resolved: 1, resolved_early: 1, in_progress: 1 });

    await cancelX();
    const live = await getIi06aReport(t.db, { from: "2026-03-01", to: "2026-03-31", by: "unit", agencyId });
    expect(live.totals).toMatchObject({ received: 1, resolved: 1, in_progress: 0 });
    const after = await served();
    expect(after.totals).toEqual(before.totals);
    expect(after.closed).toEqual(before.closed);
    expect((await served(`${MARCH}&agencyId=${agencyId}&by=field`)).totals.received).toBe(2);
    // A period that is not the closed month (nor the province's month, not closed) is live.
    const part = await served(`from=2026-03-01&to=2026-03-30&agencyId=${agencyId}`);
    expect([part.closed, part.totals.received]).toEqual([null, 1]);
  });

  it("RPT-3: closing a month that is already closed is refused with 409", async () => {
    const twice = await close("tuphap.giamdoc");
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: "PERIOD_ALREADY_CLOSED" });
    expect(twice.body.detail).toContain("03/2026");
  });

  it("RPT-3, SEC-2: reopening needs a reason (400 without), is audited with it, and the next close replaces the snapshot", async () => {
    const reopen = (body: Record<string, unknown>) =>
      call(t.app, cookies["tuphap.giamdoc"], "POST", REOPEN, body);
    expect((await reopen({ agencyId })).status).toBe(400);
    expect((await reopen({ agencyId, reason: "  sai số  " })).status).toBe(400);
    expect(
      (await t.db.selectFrom("report_snapshot").select("reopened_at").executeTakeFirstOrThrow()).reopened_at,
    ).toBeNull();

    const reason = "Bổ sung hồ sơ tiếp nhận trên giấy trong thời gian mất điện (SEC-4)";
    const reopened = await reopen({ agencyId, reason });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({
      month: "2026-03",
      reopenReason: reason,
      reopenedAt: expect.any(String),
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["object_type", "outcome", "detail"])
      .where("action", "=", "POST /api/reports/periods/:month/reopen")
      .orderBy("seq")
      .execute();
    expect(audit.map((row) => row.outcome)).toEqual(["rejected", "rejected", "success"]);
    expect(audit[2]).toMatchObject({ object_type: "report_snapshot", detail: { month: "2026-03", reason } });
    expect((await served()).closed).toBeNull();
    expect((await served()).totals.received).toBe(1);

    expect((await close("tuphap.giamdoc")).status).toBe(201);
    const again = await served();
    expect([again.closed === null, again.totals.received]).toEqual([false, 1]);
    expect(await t.db.selectFrom("report_snapshot").select("id").execute()).toHaveLength(2);
  });

  it("RPT-3: the control office closes the province's month; reopening a month that is not closed is 409", async () => {
    expect((await close("kstthc", {})).status).toBe(201);
    const province = await call(t.app, cookies.kstthc, "GET", `/api/reports/ii06a?${MARCH}`);
    expect((province.body as Ii06aReportAsServed).closed).not.toBeNull();
    const notClosed = await call(t.app, cookies.kstthc, "POST", "/api/reports/periods/2026-02/reopen", {
      reason: "Không có gì để mở lại cả",
    });
    expect([notClosed.status, notClosed.body.code]).toEqual([409, "PERIOD_NOT_CLOSED"]);
  });
});
