import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ii06aDossierPage, Ii06aReport } from "../../../contracts/reports.ts";
import { formatVietnamInstant, localIsoDate, vietnamInstant } from "../../../domain/calendar/dates.ts";
import { dueInForce } from "../../../domain/dossier/timing.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import type { Ii06aColumn } from "./counting-conventions.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { listIi06aDossiers } from "./list-ii06a-dossiers.ts";
import { reportFixture } from "./test-support.ts";

/**
 * Biểu II.06a of March 2026 for Sở Tư pháp, worked out by hand from dossiers built through the
 * lifecycle (procedure 1.002079, 10 working days: received Mon 02/03 09:00 → due Mon 16/03 09:00).
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const APRIL = { from: "2026-04-01", to: "2026-04-30" };

let t: TestApp;
let agencyId: string;
/** Each scenario's dossier code, by letter. */
const code: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const f = await reportFixture(t.database.db);
  agencyId = f.agencyId;
  const save = async (letter: string, builder: { save(): Promise<{ code: string }> }) => {
    code[letter] = (await builder.save()).code;
  };
  // A: received at the counter Mon 02/03, finished Thu 05/03, well before the due date → early.
  await save("A", f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"));
  // B: online, accepted Mon 02/03 09:00, finished half an hour before its due instant → on time.
  const b = f.online("2026-03-02T08:00").acceptOnline("2026-03-02T09:00").toOneStop("2026-03-13T09:00");
  const bDue = dueInForce(b.dossier, f.calendar) ?? 0;
  await save("B", b.finish(formatVietnamInstant(bDue - 30 * 60_000)));
  // C: received Mon 02/03 10:00, finished Tue 17/03, after its due (Mon 16/03 10:00) → late.
  await save("C", f.counter("2026-03-02T10:00").toOneStop("2026-03-17T09:00").finish("2026-03-17T10:00"));
  // D: received Mon 02/03 11:00, apology on Thu 12/03 with a new date, finished Wed 18/03 → still
  //    late (PRC-7: the apology moves the appointment, never the statutory due), "with an apology".
  await save(
    "D",
    f
      .counter("2026-03-02T11:00")
      .handOver("2026-03-02T11:30")
      .apologise("2026-03-12T09:00", "2026-03-20T16:00")
      .toOneStop("2026-03-18T09:00")
      .finish("2026-03-18T10:00"),
  );
  // E: received Mon 09/03, paused for fees on Tue 10/03 and still paused on 31/03 → in progress,
  //    within time (PAU-3: the clock stopped before the due).
  await save("E", f.counter("2026-03-09T09:00").handOver("2026-03-09T09:30").pause("2026-03-10T09:00"));
  // F: received Mon 16/03, returned for a supplement on Tue 17/03 → in progress, within time (PRC-5).
  await save(
    "F",
    f.counter("2026-03-16T09:00").handOver("2026-03-16T09:30").returnForSupplement("2026-03-17T09:00"),
  );
  // G: received Wed 04/03, withdrawn on Fri 06/03 before its due → resolved on time, "withdrawn".
  await save("G", f.counter("2026-03-04T09:00").handOver("2026-03-04T09:30").withdraw("2026-03-06T09:00"));
  // H: a counter entry duplicating A, cancelled → counted nowhere (CAN-3).
  await save("H", f.counter("2026-03-05T09:00").cancel("2026-03-05T10:00", code.A));
  // I: a test dossier, resolved → counted nowhere (CAN-1, CAN-3).
  await save(
    "I",
    f.counter("2026-03-05T14:00", { test: true }).toOneStop("2026-03-06T09:00").finish("2026-03-06T10:00"),
  );
  // J: received Tue 10/02, still at its first step on 31/03, long past its due → carried over,
  //    in progress, overdue.
  await save("J", f.counter("2026-02-10T09:00").handOver("2026-02-10T09:30"));
  // K: received Mon 23/02, finished Tue 03/03 before its due date → carried over, resolved early.
  await save("K", f.counter("2026-02-23T09:00").toOneStop("2026-03-02T09:00").finish("2026-03-03T09:00"));
  // L: received Wed 25/03, at its first step on 31/03, due in April → in progress within time.
  await save("L", f.counter("2026-03-25T09:00").handOver("2026-03-25T09:30"));
  // M: received Wed 01/04 → not in March (in April: received, then overdue at the end of April).
  await save("M", f.counter("2026-04-01T09:00").handOver("2026-04-01T09:30"));
  // N: received and finished in February → not in March.
  await save("N", f.counter("2026-02-02T09:00").toOneStop("2026-02-04T09:00").finish("2026-02-05T09:00"));
  // O: submitted online on Tue 31/03, not yet accepted → never received, counted nowhere.
  await save("O", f.online("2026-03-31T15:00"));
  // P: submitted online, refused at reception (REC-3) → never received, counted nowhere.
  await save("P", f.online("2026-03-10T08:00").refuseReception("2026-03-10T09:00"));
  // Q: submitted online Mon 30/03, accepted Wed 01/04 → awaiting acceptance at the end of March
  //    (not received then, so in no other March column); received online in April, overdue by 30/04.
  await save("Q", f.online("2026-03-30T09:00").acceptOnline("2026-04-01T09:00").handOver("2026-04-01T09:30"));
});
afterAll(() => t.close());

const report = (period: { from: string; to: string }, by: "unit" | "field" = "unit", now?: number) =>
  getIi06aReport(t.database.db, { ...period, by, agencyId }, now);

async function codesOf(column: Ii06aColumn, period = MARCH, now?: number): Promise<string[]> {
  const page = await listIi06aDossiers(
    t.database.db,
    { ...period, by: "unit", agencyId, column, page: 1, pageSize: 200 },
    now,
  );
  const letters = Object.fromEntries(Object.entries(code).map(([letter, c]) => [c, letter]));
  return page.items.map((item) => letters[item.code] ?? item.code).sort();
}

describe("Biểu II.06a of a worked month (RPT-2, RPT-7)", () => {
  it("RPT-7: the March row is the one worked out by hand", async () => {
    const march = await report(MARCH);
    expect(march.rows).toHaveLength(1);
    expect(march.rows[0]?.label).toBe("Sở Tư pháp");
    expect(march.totals).toEqual({
      received: 10, // A B C D E F G L + carried over J K
      received_online: 1, // B
      received_direct: 7, // A C D E F G L
      carried_over: 2, // J K
      resolved: 6, // A B C D G K
      resolved_early: 2, // A K
      resolved_on_time: 2, // B G (withdrawn before its due)
      resolved_late: 2, // C D
      in_progress: 4, // E F J L
      in_progress_on_time: 3, // E (paused) F (awaiting supplement) L
      in_progress_overdue: 1, // J
      resolved_late_with_apology: 1, // D
      withdrawn: 1, // G
      received_full_online: 0, // B's procedure is partly online
      received_partial_online: 1, // B
      paused_at_end: null, // March has ended: its end's statuses are not kept (E was paused then)
      awaiting_acceptance: 2, // O (never accepted), Q (accepted in April); not P (refused in March)
    });
    expect(march.periodLabel).toBe("Tháng 3 năm 2026");
  });

  it("RPT-7: what is in progress at the end of March is April's carried over", async () => {
    const april = await report(APRIL);
    expect(april.totals).toMatchObject({
      received: 6, // M Q + carried over E F J L
      received_online: 1, // Q
      received_direct: 1, // M
      carried_over: 4, // E F J L
      resolved: 0,
      in_progress: 6,
      in_progress_on_time: 2, // E (paused) F (awaiting supplement)
      in_progress_overdue: 4, // J L M Q: past their due by 30/04
      awaiting_acceptance: 1, // O
    });
  });

  it("RPT-7, PRC-7: each figure's dossiers are the ones named by hand", async () => {
    expect(await codesOf("resolved_late")).toEqual(["C", "D"]);
    expect(await codesOf("resolved_late_with_apology")).toEqual(["D"]);
    expect(await codesOf("resolved_on_time")).toEqual(["B", "G"]);
    expect(await codesOf("carried_over")).toEqual(["J", "K"]);
    expect(await codesOf("in_progress_overdue")).toEqual(["J"]);
    expect(await codesOf("withdrawn")).toEqual(["G"]);
    expect(await codesOf("received_partial_online")).toEqual(["B"]);
    expect(await codesOf("awaiting_acceptance")).toEqual(["O", "Q"]);
    expect(await codesOf("awaiting_acceptance", APRIL)).toEqual(["O"]);
  });

  it("RPT-2: paused at the end is known only while the period's end is not past", async () => {
    expect(await codesOf("paused_at_end")).toEqual([]); // March ended: unknown, no list
    // Made on 31/03 (March not yet over), or for a period running to today: E is paused.
    const onMarch31 = vietnamInstant("2026-03-31T12:00");
    expect((await report(MARCH, "unit", onMarch31)).totals.paused_at_end).toBe(1);
    expect(await codesOf("paused_at_end", MARCH, onMarch31)).toEqual(["E"]);
    const toToday = { from: "2026-03-01", to: localIsoDate(Date.now() + 86_400_000) };
    expect((await report(toToday)).totals.paused_at_end).toBe(1);
    expect(await codesOf("paused_at_end", toToday)).toEqual(["E"]);
  });

  it("RPT-2: received online splits by the procedure version's service level", async () => {
    const db = t.database.db;
    const version = await db
      .selectFrom("dossier as d")
      .innerJoin("procedure_version as pv", (join) =>
        join.onRef("pv.procedure_id", "=", "d.procedure_id").onRef("pv.version", "=", "d.procedure_version"),
      )
      .select(["pv.procedure_id", "pv.version", "pv.service_level"])
      .where("d.code", "=", code.B ?? "")
      .executeTakeFirstOrThrow();
    expect(version.service_level).toBe("partial_online");
    // A published version is immutable (procedure_version_guard): changed as the database owner
    // with triggers off, in this test's own database only.
    const setLevel = (level: "full_online" | "information_only" | "partial_online") =>
      t.database.ownerDb.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await trx
          .updateTable("procedure_version")
          .set({ service_level: level })
          .where("procedure_id", "=", version.procedure_id)
          .where("version", "=", version.version)
          .execute();
      });
    try {
      await setLevel("full_online");
      expect((await report(MARCH)).totals).toMatchObject({
        received_full_online: 1,
        received_partial_online: 0,
      });
      expect(await codesOf("received_full_online")).toEqual(["B"]);
      await setLevel("information_only");
      expect((await report(MARCH)).totals).toMatchObject({
        received_online: 1,
        received_full_online: 0,
        received_partial_online: 0,
      });
    } finally {
      await setLevel("partial_online");
    }
  });

  it("CAN-3: cancelled, test and never-received dossiers are in no figure and no list", async () => {
    const everything = await codesOf("received");
    for (const letter of ["H", "I", "M", "N", "O", "P", "Q"]) expect(everything).not.toContain(letter);
    expect(everything).toEqual(["A", "B", "C", "D", "E", "F", "G", "J", "K", "L"]);
  });

  it("RPT-1: by field, the same totals in the row of the procedure's field", async () => {
    const byField = await report(MARCH, "field");
    expect(byField.rows.map((row) => [row.key, row.label])).toEqual([["BTP-LUATSU", "Luật sư"]]);
    expect(byField.totals).toEqual((await report(MARCH)).totals);
  });
});

describe("Biểu II.06a over HTTP (RPT-2)", () => {
  it("PRC-9: the agency's leader reads it for the agency; the control office for the province", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const query = `from=${MARCH.from}&to=${MARCH.to}&agencyId=${agencyId}`;
    const own = await t.app.inject({ url: `/api/reports/ii06a?${query}`, headers: { cookie: leader } });
    expect(own.statusCode).toBe(200);
    expect((own.json() as Ii06aReport).totals.received).toBe(10);
    const province = await t.app.inject({
      url: `/api/reports/ii06a?from=${MARCH.from}&to=${MARCH.to}`,
      headers: { cookie: leader },
    });
    expect(province.statusCode).toBe(403);
    const control = await signInAs(t.app, "kstthc");
    const whole = await t.app.inject({
      url: `/api/reports/ii06a?from=${MARCH.from}&to=${MARCH.to}`,
      headers: { cookie: control },
    });
    expect(whole.statusCode).toBe(200);
    expect((whole.json() as Ii06aReport).unit.id).toBeNull();
    expect((whole.json() as Ii06aReport).totals.received).toBe(10);
  });

  it("RPT-7: the drill-down of a figure lists as many dossiers as the figure, a page at a time", async () => {
    const leader = await signInAs(t.app, "tuphap.giamdoc");
    const row = agencyId;
    const response = await t.app.inject({
      url: `/api/reports/ii06a/dossiers?from=${MARCH.from}&to=${MARCH.to}&agencyId=${agencyId}&column=received&row=${row}&pageSize=4&page=3`,
      headers: { cookie: leader },
    });
    expect(response.statusCode).toBe(200);
    const page = response.json() as Ii06aDossierPage;
    expect(page.total).toBe(10);
    expect(page.items).toHaveLength(2);
  });

  it("RPT-3: a period that ends before it starts is a 400 with a Vietnamese message", async () => {
    const control = await signInAs(t.app, "kstthc");
    const response = await t.app.inject({
      url: "/api/reports/ii06a?from=2026-03-31&to=2026-03-01",
      headers: { cookie: control },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "REPORT_PERIOD_INVALID" });
  });
});
