import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboxBox } from "../../../contracts/dossiers.ts";
import { isoFromDayNumber, localDayNumber } from "../../../domain/calendar/dates.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import { dueAt, pauseClock, startClock, workingDays, workingHours } from "../../../domain/deadline/index.ts";
import { type Dossier, inboxTimeOf, needsLateWarning } from "../../../domain/dossier/index.ts";
import { changeCalendarDay } from "../calendar/change-calendar-day.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { derivedColumns, stateOf } from "./dossier-store.ts";
import { countInbox, listInbox } from "./list-inbox.ts";
import { lookupDossier } from "./lookup-dossier.ts";
import {
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  dossierInProcessing,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

/**
 * CAL-9, PAU-3, REC-3: the inbox's overdue and due-soon boxes (SQL over the row's stored instants)
 * and each row's colour agree with the domain's classification (`inboxTimeOf`, the receiving
 * agency's calendar) for random timings around the boundaries.
 */

let t: DossierTestApp;
let base: Dossier;
let calendar: WorkingCalendar;
let officer: { id: string; agencyId: string };

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  const cookies = await officerCookies(t.app, ["tthcc.motcua"]);
  const view = await dossierInProcessing(t, cookies["tthcc.motcua"]);
  const row = await t.db
    .selectFrom("dossier")
    .selectAll()
    .where("id", "=", view.id)
    .executeTakeFirstOrThrow();
  base = stateOf(row);
  calendar = (await loadWorkingCalendar(t.db, row.receiving_agency_id)).calendar;
  // The agency's leader oversees every open dossier it processes, whoever holds it.
  const leader = await t.db
    .selectFrom("officer_role")
    .innerJoin("officer", "officer.id", "officer_role.officer_id")
    .select(["officer.id", "officer.agency_id"])
    .where("officer_role.role", "=", "agency_leader")
    .where("officer_role.scope_agency_id", "=", row.processing_agency_id as string)
    .executeTakeFirstOrThrow();
  officer = { id: leader.id, agencyId: leader.agency_id };
}, 120_000);

afterAll(async () => {
  await t?.close();
});

type Shape = "running" | "paused" | "awaiting_acceptance";

interface Timing {
  shape: Shape;
  hours: number;
  /** Where `now` and the row's last write fall, from the due or the pause (ms). */
  offset: number;
  pauseOffset: number;
  warned: boolean;
}

/** Offsets that sit on and around the boundaries (a millisecond, a minute, the lunch break, days). */
const nearBoundary = fc.oneof(
  fc.constantFrom(0, 1, -1, MINUTE, -MINUTE, 90 * MINUTE, -90 * MINUTE),
  fc.integer({ min: -3 * DAY, max: 3 * DAY }),
  fc.integer({ min: -17 * DAY, max: 5 * DAY }),
);

/** A dossier with the timing, and the instant it was last written (not after `now`). */
function dossierOf(timing: Timing, start: number): { dossier: Dossier; now: number; writtenAt: number } {
  const duration = timing.hours % 8 === 0 ? workingDays(timing.hours / 8) : workingHours(timing.hours);
  if (timing.shape === "awaiting_acceptance") {
    const due = calendar.addWorkingMs(start, 8 * HOUR);
    const now = Math.max(start, due + timing.offset);
    const acceptance = {
      kind: "online_acceptance",
      rule: "REC-3",
      from: start,
      due,
      closedAt: null,
      outcome: null,
    };
    const dossier = {
      ...base,
      status: "awaiting_acceptance",
      clock: null,
      step: null,
      subDeadlines: [acceptance],
    };
    return { dossier: dossier as unknown as Dossier, now, writtenAt: start };
  }
  const clock = startClock(calendar, start, duration);
  const due = dueAt(calendar, clock);
  let dossier: Dossier = { ...base, clock, lateWarnings: [] };
  let writtenAt = start;
  if (timing.shape === "paused") {
    const pausedAt = Math.max(start, due + timing.pauseOffset);
    dossier = { ...dossier, status: "paused", clock: pauseClock(clock, pausedAt, "awaiting_superior") };
    writtenAt = pausedAt;
  }
  const now = Math.max(writtenAt, due + timing.offset);
  if (timing.warned && timing.shape === "running") {
    // Warned as the job would: at an instant inside the period, then written.
    const warnAt = Math.max(start, now - Math.abs(timing.pauseOffset));
    if (needsLateWarning(dossier, warnAt, calendar)) {
      dossier = { ...dossier, lateWarnings: [{ at: warnAt, due }] };
      writtenAt = warnAt;
    }
  }
  return { dossier, now, writtenAt };
}

async function boxesOf(id: string, now: number): Promise<{ boxes: InboxBox[]; colours: string[] }> {
  const boxes: InboxBox[] = [];
  const colours: string[] = [];
  const counts = await countInbox(t.db, officer, now);
  for (const box of ["overdue", "due_soon"] as const) {
    const page = await listInbox(t.db, officer, { box, sort: "due", page: 1, pageSize: 100 }, now);
    expect(page.total).toBe(counts.counts[box]);
    const mine = page.items.find((item) => item.id === id);
    if (mine) {
      boxes.push(box);
      colours.push(mine.timeClass);
    }
  }
  return { boxes, colours };
}

describe("CAL-9: one source of time truth for the inbox", () => {
  it("CAL-9, PAU-3, REC-3: every inbox row's box and colour agree with the domain's classification", async () => {
    const start = t.clock.now() + DAY;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          shape: fc.constantFrom<Shape>("running", "paused", "awaiting_acceptance"),
          hours: fc.integer({ min: 1, max: 80 }),
          offset: nearBoundary,
          pauseOffset: nearBoundary,
          warned: fc.boolean(),
        }),
        async (timing) => {
          const { dossier, now, writtenAt } = dossierOf(timing, start);
          const columns = derivedColumns(dossier, calendar, writtenAt);
          await t.db.updateTable("dossier").set(columns).where("id", "=", base.id).execute();
          const expected = inboxTimeOf(dossier, now, calendar).timeClass;
          const { boxes, colours } = await boxesOf(base.id, now);
          const inBox = expected === "overdue" || expected === "due_soon" ? [expected] : [];
          expect(boxes, JSON.stringify({ timing, now, expected })).toEqual(inBox);
          expect(colours).toEqual(inBox);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it("CAL-9, PAU-3: the public lookup says how the dossier keeps to time as the domain does, not the browser's clock", async () => {
    const start = t.clock.now() + DAY;
    const lookUp = async (timing: Timing) => {
      const { dossier, now, writtenAt } = dossierOf(timing, start);
      await t.db
        .updateTable("dossier")
        .set(derivedColumns(dossier, calendar, writtenAt))
        .where("id", "=", base.id)
        .execute();
      const lookup = await lookupDossier(t.db, base.code, now);
      return { lookup, expected: inboxTimeOf(dossier, now, calendar).timeClass };
    };
    // Paused a day before its due and looked up two weeks after the appointment: the clock stands still.
    const paused = await lookUp({
      shape: "paused",
      hours: 16,
      offset: 14 * DAY,
      pauseOffset: -DAY,
      warned: false,
    });
    expect(Date.parse(paused.lookup.appointment ?? "")).toBeLessThan(start + 20 * DAY);
    expect(paused.lookup.timeliness).toBe("in_time");
    const late = await lookUp({ shape: "running", hours: 16, offset: HOUR, pauseOffset: 0, warned: false });
    expect([late.lookup.timeliness, late.expected]).toEqual(["overdue", "overdue"]);
  });

  it("CAL-4, CAL-9: a calendar revision recomputes the stored dues of the open dossiers it governs", async () => {
    const start = t.clock.now() + DAY;
    const { dossier } = dossierOf(
      { shape: "running", hours: 40, offset: 0, pauseOffset: 0, warned: false },
      start,
    );
    await t.db
      .updateTable("dossier")
      .set(derivedColumns(dossier, calendar, start))
      .where("id", "=", base.id)
      .execute();
    const columns = () =>
      t.db
        .selectFrom("dossier")
        .select(["due_at", "inbox_due_at", "late_warning_at", "receiving_agency_id"])
        .where("id", "=", base.id)
        .executeTakeFirstOrThrow();
    const before = await columns();
    // The first working day after the reception becomes a day off at the receiving agency.
    let day = localDayNumber(start) + 1;
    while (!calendar.isWorkingDay(isoFromDayNumber(day))) day += 1;
    await changeCalendarDay(
      t.db,
      isoFromDayNumber(day),
      { kind: "day_off", name: "Nghỉ bù" },
      before.receiving_agency_id,
      officer.id,
    );
    const after = await columns();
    const changed = (await loadWorkingCalendar(t.db, before.receiving_agency_id)).calendar;
    const due = dueAt(changed, dossier.clock as NonNullable<Dossier["clock"]>);
    expect(due).toBeGreaterThan(before.due_at?.getTime() ?? 0);
    expect(after.due_at?.getTime()).toBe(due);
    expect(after.inbox_due_at?.getTime()).toBe(due);
    expect(after.late_warning_at?.getTime()).toBeGreaterThan(before.late_warning_at?.getTime() ?? 0);
  });
});
