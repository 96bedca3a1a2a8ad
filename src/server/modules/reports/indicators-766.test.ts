import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Qd766Indicator, Qd766Report } from "../../../contracts/reports.ts";
import { formatVietnamInstant } from "../../../domain/calendar/dates.ts";
import { dueInForce } from "../../../domain/dossier/timing.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { NATIONAL_PORTAL, recordPortalSwitch } from "../national-portal/portal-switch.ts";
import { get766Indicators } from "./get-766-indicators.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { reportFixture } from "./test-support.ts";

/**
 * The QĐ 766 indicators of March 2026 for Sở Tư pháp, worked out by hand from dossiers built
 * through the lifecycle (procedure 1.002079, 10 working days), with the national-portal sync on.
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

let t: TestApp;
let agencyId: string;
const id: Record<string, string> = {};
const code: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await recordPortalSwitch(db, true, Date.now());
  const f = await reportFixture(db);
  agencyId = f.agencyId;
  const save = async (letter: string, builder: { save(): Promise<{ id: string; code: string }> }) => {
    const saved = await builder.save();
    id[letter] = saved.id;
    code[letter] = saved.code;
  };
  // A: counter, received 02/03, finished 05/03 → resolved early.
  await save("A", f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"));
  // B: online, accepted 02/03, finished half an hour before its due → online, resolved on time.
  const b = f.online("2026-03-02T08:00").acceptOnline("2026-03-02T09:00").toOneStop("2026-03-13T09:00");
  await save("B", b.finish(formatVietnamInstant((dueInForce(b.dossier, f.calendar) ?? 0) - 30 * 60_000)));
  // C: counter, received 02/03, finished 17/03 after its due (16/03) → resolved late.
  await save("C", f.counter("2026-03-02T10:00").toOneStop("2026-03-17T09:00").finish("2026-03-17T10:00"));
  // D: counter, received 16/03, at its first step on 31/03 → in progress.
  await save("D", f.counter("2026-03-16T09:00").handOver("2026-03-16T09:30"));
  // E: online, accepted 10/03, at its first step on 31/03 → online, in progress.
  await save("E", f.online("2026-03-10T08:00").acceptOnline("2026-03-10T09:00").handOver("2026-03-10T10:00"));
  // K: received 23/02, finished 03/03 → carried over (not received in March), resolved early.
  await save("K", f.counter("2026-02-23T09:00").toOneStop("2026-03-02T09:00").finish("2026-03-03T09:00"));
  // H: a counter duplicate of A, cancelled → counted nowhere (CAN-3).
  await save("H", f.counter("2026-03-05T09:00").cancel("2026-03-05T10:00", code.A));
  // I: a test dossier, resolved → counted nowhere (CAN-1, CAN-3).
  await save(
    "I",
    f.counter("2026-03-05T14:00", { test: true }).toOneStop("2026-03-06T09:00").finish("2026-03-06T10:00"),
  );
  // The applicants of A and B (and of the uncounted H and I) chose an electronic result (REC-7);
  // the builder always records "counter", so the choice is set on the stored state.
  await sql`UPDATE dossier SET state = jsonb_set(state, '{resultDelivery}', '"electronic"')
             WHERE id IN (${sql.join([id.A, id.B, id.H, id.I])})`.execute(db);
  // The portal received every change except one of D's (still queued); H's stay queued.
  await sql`UPDATE outbox_message SET status = 'delivered', delivered_at = now()
             WHERE destination = ${NATIONAL_PORTAL} AND ordering_key <> ${id.H}`.execute(db);
  await sql`UPDATE outbox_message SET status = 'queued', delivered_at = null
             WHERE id = (SELECT id FROM outbox_message WHERE ordering_key = ${id.D} ORDER BY seq DESC LIMIT 1)`.execute(
    db,
  );
});
afterAll(() => t.close());

const indicators = () => get766Indicators(t.database.db, { ...MARCH, agencyId });
const indicator = (report: Qd766Report, key: string): Qd766Indicator => {
  const found = report.groups.flatMap((group) => group.indicators).find((each) => each.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
};
const figures = ({ numerator, denominator, value, pointsEarned }: Qd766Indicator) => ({
  numerator,
  denominator,
  value,
  pointsEarned,
});

describe("QĐ 766 indicators of a worked month (RPT-5, RPT-7)", () => {
  it("RPT-5: each measured rate and its points are the ones worked out by hand", async () => {
    const report = await indicators();
    // Resolved in March: A K early, B on time, C late → 3 ÷ 4; 20 × 0.75.
    expect(figures(indicator(report, "on_time"))).toEqual({
      numerator: 3,
      denominator: 4,
      value: 0.75,
      pointsEarned: 15,
    });
    // Received in March: A B C D E (K is carried over); online B E → 2 ÷ 5, under 50%: 3 points.
    expect(figures(indicator(report, "online"))).toEqual({
      numerator: 2,
      denominator: 5,
      value: 0.4,
      pointsEarned: 3,
    });
    // Procedure 1.002079 is offered partly online (demo catalogue): B and E are "một phần".
    expect(indicator(report, "online").parts).toEqual([
      { label: "Trực tuyến toàn trình", count: 0 },
      { label: "Trực tuyến một phần", count: 2 },
    ]);
    // Resolved A B C K, electronic result A B → 2 ÷ 4; 6 × 0.5.
    expect(figures(indicator(report, "electronic_result"))).toEqual({
      numerator: 2,
      denominator: 4,
      value: 0.5,
      pointsEarned: 3,
    });
    // March's dossiers A B C D E K all have portal messages; all delivered but one of D's → 5 ÷ 6.
    expect(figures(indicator(report, "portal_sync"))).toMatchObject({ numerator: 5, denominator: 6 });
    expect(indicator(report, "portal_sync").pointsEarned).toBe(5);
  });

  it("RPT-5: the group totals add their measured indicators; the rest are marked not measurable", async () => {
    const report = await indicators();
    expect(report.groups.map((g) => [g.number, g.maxPoints, g.pointsEarned, g.measuredMaxPoints])).toEqual([
      [1, 18, 5, 6],
      [2, 20, 15, 20],
      [3, 22, 3, 8],
      [4, 22, 3, 6],
      [5, 18, 0, 0],
    ]);
    expect(report.totals).toEqual({ maxPoints: 100, pointsEarned: 26, measuredMaxPoints: 40 });
    // DIG-1: nothing taken from a data store yet: 0 ÷ 5 received, no points (worked below).
    expect(figures(indicator(report, "reuse"))).toEqual({
      numerator: 0,
      denominator: 5,
      value: 0,
      pointsEarned: 0,
    });
    // Satisfaction and feedback on time (SAT-1, SAT-3) are measurable, with nothing to rate yet
    // (no rating, no feedback): no points, not in the group's measured maximum (worked below).
    for (const key of ["satisfaction", "feedback_on_time"]) {
      expect(indicator(report, key)).toMatchObject({ measurable: true, denominator: 0, pointsEarned: null });
    }
    for (const key of ["digitisation", "feedback_satisfaction", "published_on_time"]) {
      const each = indicator(report, key);
      expect(each).toMatchObject({ measurable: false, value: null, pointsEarned: null });
      expect(each.reason).toMatch(/chưa/);
    }
    expect(indicator(report, "on_time")).toMatchObject({ measurable: true, unconfirmed: true, reason: null });
  });

  it("RPT-5, DIG-1: the reuse rate counts the received dossiers with a component taken from the applicant's data store", async () => {
    const db = t.database.db;
    const content = Buffer.from("%PDF-1.4\ntrailer <<>>\n%%EOF\n");
    const file = await db
      .insertInto("stored_file")
      .values({
        sha256: createHash("sha256").update(content).digest(),
        mime: "application/pdf",
        size: content.length,
        file_name: "giay-to-da-luu.pdf",
        content,
        uploaded_by: "test",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const owner = await db
      .selectFrom("dossier")
      .select("applicant_account_id")
      .where("id", "=", id.B as string)
      .executeTakeFirstOrThrow();
    await db
      .insertInto("data_store_item")
      .values({
        citizen_id: owner.applicant_account_id as string,
        file_id: file.id,
        title: "Giấy tờ",
        kind: "uploaded",
      })
      .execute();
    // B's applicant picks it from the store as a component (the trigger flags the attachment).
    await db
      .insertInto("dossier_attachment")
      .values({
        dossier_id: id.B as string,
        dossier_version: 1,
        purpose: "component",
        component_index: 0,
        file_id: file.id,
      })
      .execute();
    // Received in March A B C D E, B with a reused document → 1 ÷ 5; 2 × 0.2 ÷ 0.8 = 0.5 points.
    const reuse = indicator(await indicators(), "reuse");
    expect(figures(reuse)).toEqual({ numerator: 1, denominator: 5, value: 0.2, pointsEarned: 0.5 });
    expect(reuse.pointsRule).toBe("2 × tỷ lệ ÷ 80%, đủ điểm từ 80%");
  });

  it("RPT-5, PAY-1: the online-payment rate counts the resolved dossiers whose fees were paid, by channel", async () => {
    // No payment in the ledger yet: nothing to rate.
    expect(indicator(await indicators(), "online_payment")).toMatchObject({
      measurable: true,
      denominator: 0,
    });
    // A paid online, C and K at the counter, C also an online over-payment that credited nothing
    // (PAY-3), H (cancelled) online: 1 ÷ 3, from 30% → the full 6 points.
    const db = t.database.db;
    const paid = new Date("2026-03-04T02:00:00Z");
    const pay = async (
      letter: string,
      method: "online" | "counter" | "post",
      applied: number,
      online: boolean,
    ) => {
      const request = online
        ? await db
            .insertInto("payment_request")
            .values({
              dossier_id: id[letter] as string,
              dossier_code: code[letter] as string,
              amount: 50_000,
              platform: "sim",
              order_ref: `order-${letter}-${applied}`,
              transaction_ref: `tx-${letter}-${applied}`,
              pay_url: "http://127.0.0.1/pay",
              status: "paid",
              created_at: paid,
              settled_at: paid,
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        : null;
      await db
        .insertInto("payment")
        .values({
          dossier_id: id[letter] as string,
          agency_id: agencyId,
          amount: 50_000,
          applied_amount: applied,
          method,
          receipt_year: 2026,
          receipt_number: `BL-${letter}-${method}-${applied}`,
          payer_name: "Nguyễn Văn An",
          reference: `ref-${letter}`,
          request_id: request?.id ?? null,
          paid_at: paid,
          recorded_at: paid,
        })
        .execute();
    };
    await pay("A", "online", 50_000, true);
    await pay("C", "counter", 50_000, false);
    await pay("C", "online", 0, true);
    await pay("K", "post", 50_000, false);
    await pay("H", "online", 50_000, true);
    const rate = indicator(await indicators(), "online_payment");
    expect(figures(rate)).toMatchObject({ numerator: 1, denominator: 3 });
    expect(rate.pointsEarned).toBe(6);
  });

  it("RPT-5, SAT-1, SAT-3: satisfaction over the period's resolved dossiers, feedback on time over those due in it", async () => {
    const db = t.database.db;
    const citizen = await db.selectFrom("citizen").select("id").executeTakeFirstOrThrow();
    const rate = (letter: string, level: "very_satisfied" | "satisfied" | "unsatisfied") =>
      db
        .insertInto("dossier_rating")
        .values({
          dossier_id: id[letter] as string,
          agency_id: agencyId,
          officer_id: null,
          officer_level: null,
          citizen_id: citizen.id,
          agency_level: level,
          comment: null,
          rated_at: new Date("2026-03-20T02:00:00Z"),
        })
        .execute();
    // Resolved in March A B C K; rated A very satisfied, B unsatisfied, C satisfied (K not rated);
    // the test dossier I rated too, counted nowhere → 2 ÷ 3; 6 × 2/3 = 4.
    await rate("A", "very_satisfied");
    await rate("B", "unsatisfied");
    await rate("C", "satisfied");
    await rate("I", "very_satisfied");
    expect(figures(indicator(await indicators(), "satisfaction"))).toMatchObject({
      numerator: 2,
      denominator: 3,
      pointsEarned: 4,
    });
    const leader = await db
      .selectFrom("officer")
      .select("id")
      .where("username", "=", "tuphap.giamdoc")
      .executeTakeFirstOrThrow();
    const construction = await db
      .selectFrom("agency")
      .select("id")
      .where("code", "=", "000.00.07.H56")
      .executeTakeFirstOrThrow();
    const feedback = (due: string, answered: string | null, agency = agencyId) =>
      db
        .insertInto("feedback")
        .values({
          agency_id: agency,
          contact_name: "Nguyễn Văn Góp Ý",
          contact_phone: "0912345678",
          subject: "Góp ý",
          content: "Nội dung góp ý",
          received_at: new Date("2026-02-20T02:00:00Z"),
          due_at: new Date(due),
          answer: answered ? "Trả lời" : null,
          answered_at: answered ? new Date(answered) : null,
          answered_by: answered ? leader.id : null,
        })
        .execute();
    // Due in March: one answered the day before (on time), one three days late, one unanswered;
    // not counted: one due in April, one of Sở Xây dựng → 1 ÷ 3; 6 × 1/3 = 2.
    await feedback("2026-03-10T03:00:00Z", "2026-03-09T03:00:00Z");
    await feedback("2026-03-20T03:00:00Z", "2026-03-23T03:00:00Z");
    await feedback("2026-03-25T03:00:00Z", null);
    await feedback("2026-04-06T03:00:00Z", "2026-04-01T03:00:00Z");
    await feedback("2026-03-10T03:00:00Z", "2026-03-09T03:00:00Z", construction.id);
    const report = await indicators();
    expect(figures(indicator(report, "feedback_on_time"))).toMatchObject({
      numerator: 1,
      denominator: 3,
      pointsEarned: 2,
    });
    expect(report.groups.find((group) => group.number === 5)).toMatchObject({
      pointsEarned: 6,
      measuredMaxPoints: 12,
    });
  });

  it("RPT-7: the on-time rate is Biểu II.06a's (resolved early + on time) ÷ resolved", async () => {
    const ii06a = await getIi06aReport(t.database.db, { ...MARCH, by: "unit", agencyId });
    const { resolved_early, resolved_on_time, resolved } = ii06a.totals;
    expect(indicator(await indicators(), "on_time").value).toBe(
      (resolved_early + resolved_on_time) / resolved,
    );
  });

  it("CAN-3: the cancelled and the test dossier count in no rate", async () => {
    const report = await indicators();
    // H (cancelled, electronic, unsynced) and I (test, resolved, electronic) would change each one.
    const { rows } = await sql<{ unsynced: number }>`SELECT count(*)::int AS unsynced FROM outbox_message
      WHERE ordering_key = ${id.H} AND status = 'queued'`.execute(t.database.db);
    expect(rows[0]?.unsynced).toBeGreaterThan(0);
    expect(indicator(report, "electronic_result").denominator).toBe(4);
    expect(indicator(report, "online").denominator).toBe(5);
    expect(indicator(report, "portal_sync").denominator).toBe(6);
  });

  it("RPT-5: a month without dossiers rates nothing; with the portal sync off, the sync is not measurable", async () => {
    await recordPortalSwitch(t.database.db, false, Date.now());
    const empty = await get766Indicators(t.database.db, { from: "2025-01-01", to: "2025-01-31", agencyId });
    await recordPortalSwitch(t.database.db, true, Date.now());
    expect(indicator(empty, "on_time")).toMatchObject({ measurable: true, denominator: 0, value: null });
    expect(indicator(empty, "on_time").pointsEarned).toBeNull();
    expect(indicator(empty, "portal_sync")).toMatchObject({ measurable: false, pointsEarned: null });
    expect(indicator(empty, "portal_sync").reason).toMatch(/đang tắt/);
    expect(empty.totals).toEqual({ maxPoints: 100, pointsEarned: 0, measuredMaxPoints: 0 });
  });
});

describe("QĐ 766 indicators over HTTP (RPT-5)", () => {
  const url = (query: string) => `/api/reports/qd766?from=${MARCH.from}&to=${MARCH.to}${query}`;

  it("PRC-9: the agency's leader reads the agency's; the control office the province's", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const own = await t.app.inject({ url: url(`&agencyId=${agencyId}`), headers: { cookie: leader } });
    expect(own.statusCode).toBe(200);
    // 26, the online-payment rate's 6 since the payments above, since the ratings and the
    // feedback above satisfaction's 4 and feedback on time's 2, and the reuse rate's 0.5.
    expect((own.json() as Qd766Report).totals.pointsEarned).toBe(38.5);
    const control = await signInAs(t.app, "kstthc");
    const province = await t.app.inject({ url: url(""), headers: { cookie: control } });
    expect(province.statusCode).toBe(200);
    expect((province.json() as Qd766Report).unit.id).toBeNull();
    expect(indicator(province.json() as Qd766Report, "on_time").value).toBe(0.75);
  });

  it("PRC-9: a specialist is refused (403)", async () => {
    const specialist = await signInAs(t.app, "tuphap.chuyenvien");
    const response = await t.app.inject({
      url: url(`&agencyId=${agencyId}`),
      headers: { cookie: specialist },
    });
    expect(response.statusCode).toBe(403);
  });

  it("RPT-3: a period that ends before it starts is a 400 with a Vietnamese message", async () => {
    const control = await signInAs(t.app, "kstthc");
    const response = await t.app.inject({
      url: "/api/reports/qd766?from=2026-03-31&to=2026-03-01",
      headers: { cookie: control },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "REPORT_PERIOD_INVALID" });
  });
});
