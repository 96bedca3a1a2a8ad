import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierCommandType, DossierView, InboxPage } from "../../../contracts/dossiers.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { addDuration } from "../../../domain/deadline/add.ts";
import { workingDays } from "../../../domain/deadline/duration.ts";
import { changeCalendarDay } from "../calendar/change-calendar-day.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { runDueJobs } from "./run-due-jobs.ts";
import {
  adoptionReceptionIds,
  call,
  counterReception,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  HOUR,
  issueCommand,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  officerIdOf,
  SAMPLE_PDF,
} from "./test-support.ts";

/**
 * The scheduled jobs (run-due-jobs.ts) against PostgreSQL with the app's injected clock: PAU-2
 * fee timeout and PRC-7 late warning, through the same transaction as officers' commands.
 */

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };
const clock = () => t.clock.now();

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["tthcc.motcua", "tuphap.chuyenvien"]);
  ids = await adoptionReceptionIds(t.db);
});
afterAll(() => t.close());

const command = (
  who: string,
  view: DossierView,
  type: DossierCommandType,
  body: Record<string, unknown> = {},
) => issueCommand(t, cookies[who], view, type, body, 10 * MINUTE);

/** Received at the counter and handed to the specialist of Phòng Hành chính tư pháp. */
async function inProcessing(): Promise<DossierView> {
  const received = await call(t.app, cookies["tthcc.motcua"], "POST", "/api/dossiers", counterReception(ids));
  expect(received.status, JSON.stringify(received.body)).toBe(201);
  return command("tthcc.motcua", received.body.dossier, "hand_over");
}

async function pausedForFees(): Promise<DossierView> {
  const view = await inProcessing();
  const upload = await t.app.inject({
    method: "POST",
    url: "/api/files?name=thong-bao-phi.pdf",
    headers: { cookie: cookies["tuphap.chuyenvien"] ?? "", "content-type": "application/pdf" },
    payload: SAMPLE_PDF,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  return command("tuphap.chuyenvien", view, "pause", {
    reason: "fees",
    proofFileId: upload.json().id,
    feeAmount: 50_000,
  });
}

async function viewOf(id: string): Promise<DossierView> {
  return (await call(t.app, cookies["tthcc.motcua"], "GET", `/api/dossiers/${id}`)).body as DossierView;
}

async function eventsOf(id: string, type: string) {
  return t.db
    .selectFrom("dossier_event")
    .select(["type", "actor", "payload", "at"])
    .where("dossier_id", "=", id)
    .where("type", "=", type)
    .execute();
}

describe("scheduled dossier jobs", () => {
  it("PAU-2: a dossier paused for fees is refused by the job after 10 working days of the agency's calendar, not before", async () => {
    // A day off of Sở Tư pháp alone, within the fee period: it does not count.
    const national = (await loadWorkingCalendar(t.db, null)).calendar;
    let dayOff = t.clock.now() + 2 * DAY;
    while (!national.isWorkingDay(localIsoDate(dayOff))) dayOff += DAY;
    await changeCalendarDay(
      t.db,
      localIsoDate(dayOff),
      { kind: "day_off", name: "Nghỉ bù của Sở" },
      ids.agencyId,
      await officerIdOf(t.db, "admin"),
    );
    const agency = (await loadWorkingCalendar(t.db, ids.agencyId)).calendar;

    const paused = await pausedForFees();
    expect(paused.status).toBe("paused");
    const period = paused.subDeadlines.find((entry) => entry.kind === "fee_payment");
    const noticeAt = Date.parse(period?.from ?? "");
    const due = Date.parse(period?.due ?? "");
    expect(due).toBe(addDuration(agency, noticeAt, workingDays(10)));
    const nationalDue = addDuration(national, noticeAt, workingDays(10));
    expect(due).toBeGreaterThan(nationalDue);

    for (const early of [nationalDue, due - MINUTE]) {
      t.clock.set(early);
      await runDueJobs(t.db, clock);
      expect((await viewOf(paused.id)).status, new Date(early).toISOString()).toBe("paused");
    }

    t.clock.set(due + MINUTE);
    const counts = await runDueJobs(t.db, clock);
    expect(counts["fee-timeout"]?.applied).toBeGreaterThanOrEqual(1);
    const refused = await viewOf(paused.id);
    expect(refused.status).toBe("refused");
    expect(refused.refusal).toMatchObject({ stage: "unpaid_fees", rule: "PAU-2" });
    expect(refused.clock.finish).toMatchObject({ kind: "refusal", at: new Date(due).toISOString() });
    expect(refused.timeline.at(-1)).toMatchObject({
      rule: "PAU-2",
      actor: { kind: "system", id: "fee-timeout" },
    });
    expect(refused.integrity.intact).toBe(true);
    expect(refused.forms).toContain("mau-03");

    await runDueJobs(t.db, clock);
    expect(await eventsOf(paused.id, "refused_for_unpaid_fees")).toHaveLength(1);
  });

  it("PRC-7: warn_running_late fires once, 2 working days before the due, and the view and inbox show it", async () => {
    const view = await inProcessing();
    const row = await t.db
      .selectFrom("dossier")
      .select(["late_warning_at", "due_at"])
      .where("id", "=", view.id)
      .executeTakeFirstOrThrow();
    const agency = (await loadWorkingCalendar(t.db, ids.agencyId)).calendar;
    const warnFrom = row.late_warning_at?.getTime() ?? 0;
    const due = row.due_at?.getTime() ?? 0;
    expect(agency.workingMinutesBetween(warnFrom, due)).toBeCloseTo(2 * 480, 1);

    t.clock.set(warnFrom - 10 * MINUTE);
    await runDueJobs(t.db, clock);
    expect(await eventsOf(view.id, "late_warning_issued")).toHaveLength(0);

    t.clock.set(warnFrom + MINUTE);
    await runDueJobs(t.db, clock);
    t.clock.advance(HOUR);
    await runDueJobs(t.db, clock);
    const warnings = await eventsOf(view.id, "late_warning_issued");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.actor).toEqual({ kind: "system", job: "late-warning" });
    const remaining = (warnings[0]?.payload as { remainingMinutes?: number } | undefined)?.remainingMinutes;
    expect(remaining).toBeLessThanOrEqual(960);
    expect(remaining).toBeGreaterThan(900);

    const warned = await viewOf(view.id);
    expect(warned.lateWarnings).toEqual([
      { at: warnings[0]?.at.toISOString(), due: new Date(due).toISOString() },
    ]);
    expect(warned.clock.dueSoon).toBe(true);
    const inbox = (await call(t.app, cookies["tuphap.chuyenvien"], "GET", "/api/inbox?box=to_process"))
      .body as InboxPage;
    const item = inbox.items.find((entry) => entry.id === view.id);
    expect(item).toMatchObject({ timeClass: "due_soon", warnedAt: warnings[0]?.at.toISOString() });
  });

  it("PAU-2: two sweeps at once act on each dossier once (FOR UPDATE SKIP LOCKED)", async () => {
    const dossiers = [await pausedForFees(), await pausedForFees(), await pausedForFees()];
    const dues = dossiers.map((d) =>
      Date.parse(d.subDeadlines.find((s) => s.kind === "fee_payment")?.due ?? ""),
    );
    t.clock.set(Math.max(...dues) + MINUTE);
    const [first, second] = await Promise.all([runDueJobs(t.db, clock), runDueJobs(t.db, clock)]);
    expect((first?.["fee-timeout"]?.applied ?? 0) + (second?.["fee-timeout"]?.applied ?? 0)).toBe(3);
    for (const dossier of dossiers) {
      expect(await eventsOf(dossier.id, "refused_for_unpaid_fees")).toHaveLength(1);
      expect((await viewOf(dossier.id)).status).toBe("refused");
    }
  });
});
