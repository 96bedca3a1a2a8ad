import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { startClock } from "../../../domain/deadline/clock.ts";
import { LATE_ENTRY_MAX_DAYS } from "../../../domain/dossier/index.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import {
  adoptionReceptionIds,
  call,
  counterReception,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

/**
 * SEC-4 / REC-6 over HTTP: dossiers received on paper during an outage, or off-site, entered
 * afterwards at the counter with their real reception time.
 */

let t: DossierTestApp;
let cookie: string;
let ids: { agencyId: string; procedureId: string };
/** The day of the outage (a working morning) and the morning, two days later, when it is entered. */
let outageDay: number;
let entryDay: number;

const yymmdd = (at: number) => localIsoDate(at).slice(2).replaceAll("-", "");
const iso = (at: number) => new Date(at).toISOString();

async function receive(body: Record<string, unknown>) {
  return call(t.app, cookie, "POST", "/api/dossiers", body);
}

async function receiveLate(receivedAt: number, kind = "outage") {
  return receive(counterReception(ids, { lateEntry: { receivedAt: iso(receivedAt), kind } as never }));
}

async function dossierCount() {
  const { n } = await t.db
    .selectFrom("dossier")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

beforeAll(async () => {
  t = await createDossierTestApp(0);
  entryDay = await nextWorkingMorning(t.db, 4);
  const { calendar } = await loadWorkingCalendar(t.db, null);
  outageDay = calendar.nextWorkingInstant(entryDay - 3 * DAY);
  cookie = (await officerCookies(t.app, ["tthcc.motcua"]))["tthcc.motcua"] as string;
  ids = await adoptionReceptionIds(t.db);
});
afterAll(() => t.close());

describe("late entry with the real reception time (SEC-4, REC-6)", () => {
  let late: DossierView;

  it("SEC-4 / CODE-1: a late entry's code carries the earlier date and continues that day's sequence, no gap, no duplicate", async () => {
    t.clock.set(outageDay + HOUR);
    const before = await receive(counterReception(ids));
    expect(before.status, JSON.stringify(before.body)).toBe(201);
    expect(before.body.dossier.code).toMatch(new RegExp(`-${yymmdd(outageDay)}-0001$`));

    t.clock.set(entryDay + HOUR);
    const response = await receiveLate(outageDay + 2 * HOUR);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    late = response.body.dossier;
    expect(late.code).toMatch(new RegExp(`-${yymmdd(outageDay)}-0002$`));

    const today = await receive(counterReception(ids));
    expect(today.body.dossier.code).toMatch(new RegExp(`-${yymmdd(entryDay)}-0001$`));
    const another = await receiveLate(outageDay + 3 * HOUR, "off_site");
    expect(another.status, JSON.stringify(another.body)).toBe(201);
    expect(another.body.dossier.code).toMatch(new RegExp(`-${yymmdd(outageDay)}-0003$`));
  });

  it("SEC-4: received at the real time; the appointment is computed from it with the agency's calendar", async () => {
    const real = outageDay + 2 * HOUR;
    expect(Date.parse(late.receivedAt ?? "")).toBe(real);
    expect(Date.parse(late.submittedAt)).toBe(real);
    const { calendar } = await loadWorkingCalendar(t.db, ids.agencyId);
    const expected = startClock(calendar, real, late.procedure.processingTime);
    expect(Date.parse(late.clock.appointment ?? "")).toBe(expected.appointment);
  });

  it("SEC-4 / SEC-2: the history records the real reception time and who entered it, and when", async () => {
    const [reception] = late.timeline;
    expect(reception?.label).toBe("Tiếp nhận hồ sơ");
    expect(Date.parse(reception?.at ?? "")).toBe(entryDay + HOUR);
    expect(reception?.actor.kind).toBe("officer");
    expect(reception?.facts).toEqual([
      { kind: "lateEntry", entry: "outage", receivedAt: new Date(outageDay + 2 * HOUR).toISOString() },
    ]);
    const row = await t.db
      .selectFrom("dossier_event")
      .select(["at", "payload"])
      .where("dossier_id", "=", late.id)
      .executeTakeFirstOrThrow();
    expect(row.at.getTime()).toBe(entryDay + HOUR);
    expect(row.payload).toMatchObject({ lateEntry: { kind: "outage", receivedAt: outageDay + 2 * HOUR } });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["object_id", "detail"])
      .where("action", "=", "POST /api/dossiers")
      .where("object_id", "=", late.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ code: late.code, lateEntry: { kind: "outage" } });
  });

  it("SEC-4: a reception time in the future is refused with a stable code; nothing is created", async () => {
    const count = await dossierCount();
    const response = await receiveLate(t.clock.now() + MINUTE);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("LATE_ENTRY_IN_FUTURE");
    expect(response.body.detail).toContain("không được sau thời điểm nhập");
    expect(await dossierCount()).toBe(count);
  });

  it(`SEC-4: a reception more than ${LATE_ENTRY_MAX_DAYS} days back is refused; the day's numbers are untouched`, async () => {
    const count = await dossierCount();
    const response = await receiveLate(t.clock.now() - (LATE_ENTRY_MAX_DAYS + 1) * DAY);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("LATE_ENTRY_TOO_OLD");
    expect(response.body.detail).toContain(`${LATE_ENTRY_MAX_DAYS} ngày`);
    expect(await dossierCount()).toBe(count);
    const next = await receive(counterReception(ids));
    expect(next.body.dossier.code).toMatch(new RegExp(`-${yymmdd(entryDay)}-0002$`));
  });

  it("SEC-4: a late entry needs its reason (outage or off-site)", async () => {
    const response = await receive(
      counterReception(ids, { lateEntry: { receivedAt: iso(outageDay + HOUR) } as never }),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("lateEntry.kind");
  });
});
