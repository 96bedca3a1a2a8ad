import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { II06A_COLUMN_KEYS } from "../../../contracts/reports.ts";
import { formatVietnamInstant, localIsoDate, vietnamInstant } from "../../../domain/calendar/dates.ts";
import { dueInForce } from "../../../domain/dossier/timing.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { listIi06aDossiers } from "./list-ii06a-dossiers.ts";
import { type DossierBuilder, type ReportFixture, reportFixture } from "./test-support.ts";

/**
 * RPT-7 over random dossier sets: whatever the dossiers and the period, the identities of the
 * form hold, the "of which" figures never exceed their parent column, every figure (the extra
 * columns too) equals the length of its drill-down list (for a row and for the totals), and
 * cancelled and test dossiers are in no list (CAN-3).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KINDS = [
  "early",
  "late",
  "late_with_apology",
  "paused",
  "returned_for_supplement",
  "withdrawn",
  "cancelled_duplicate",
  "test",
  "open",
  "online_finished",
  "online_not_accepted",
  "online_refused",
] as const;
type Kind = (typeof KINDS)[number];

const scenarioArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  day: fc.integer({ min: 0, max: 150 }),
  minute: fc.integer({ min: 0, max: 7 * 60 }),
  spread: fc.integer({ min: 1, max: 20 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

const START = vietnamInstant("2026-01-05T08:00");
const show = formatVietnamInstant;

function build(f: ReportFixture, scenario: Scenario, firstCode: string | null): DossierBuilder {
  const received = f.calendar.nextWorkingInstant(START + scenario.day * DAY + scenario.minute * 60_000);
  const later = (ms: number) => show(received + ms);
  const kind: Kind = scenario.kind;
  if (kind.startsWith("online")) {
    const online = f.online(show(received));
    if (kind === "online_not_accepted") return online;
    if (kind === "online_refused") return online.refuseReception(later(HOUR));
    return online
      .acceptOnline(later(HOUR))
      .toOneStop(later(scenario.spread * DAY))
      .finish(later(scenario.spread * DAY + HOUR));
  }
  const counter = f.counter(show(received), { test: kind === "test" });
  const due = () => dueInForce(counter.dossier, f.calendar) ?? received;
  switch (kind) {
    case "early":
    case "test":
      return counter.toOneStop(later(DAY)).finish(later(DAY + HOUR));
    case "late": {
      const after = due() + scenario.spread * DAY;
      return counter.toOneStop(show(after)).finish(show(after + HOUR));
    }
    case "late_with_apology": {
      counter.handOver(later(HOUR)).apologise(later(DAY), show(due() + 10 * DAY));
      const after = due() + scenario.spread * DAY;
      return counter.toOneStop(show(after)).finish(show(after + HOUR));
    }
    case "paused":
      return counter.handOver(later(HOUR)).pause(later(scenario.spread * HOUR));
    case "returned_for_supplement":
      return counter.handOver(later(HOUR)).returnForSupplement(later(2 * HOUR));
    case "withdrawn":
      return counter.handOver(later(HOUR)).withdraw(later(scenario.spread * DAY));
    case "cancelled_duplicate":
      return firstCode ? counter.cancel(later(HOUR), firstCode) : counter;
    default:
      return counter.handOver(later(HOUR));
  }
}

let database: TestDatabase;
let fixture: ReportFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await reportFixture(database.db);
  const scenarios =
    fc.sample(fc.array(scenarioArb, { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: 13 })[0] ?? [];
  let firstCode: string | null = null;
  for (const scenario of scenarios) {
    const saved = await build(fixture, scenario, firstCode).save();
    firstCode ??= saved.code;
  }
}, 120_000);
afterAll(() => database.drop());

const periodArb = fc.record({
  start: fc.integer({ min: 0, max: 200 }),
  length: fc.integer({ min: 1, max: 92 }),
  by: fc.constantFrom("unit" as const, "field" as const),
  province: fc.boolean(),
});

describe("Biểu II.06a over random dossier sets (RPT-7)", () => {
  it("RPT-7, CAN-3: the identities hold and every figure is the length of its list, cancelled and test dossiers in none", async () => {
    const excluded = new Set(
      (
        await database.db
          .selectFrom("dossier")
          .select("id")
          .where((eb) => eb.or([eb("cancelled", "=", true), eb("is_test", "=", true)]))
          .execute()
      ).map((row) => row.id),
    );
    expect(excluded.size).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(periodArb, async ({ start, length, by, province }) => {
        const from = localIsoDate(vietnamInstant("2026-01-01T00:00") + start * DAY);
        const to = localIsoDate(vietnamInstant("2026-01-01T00:00") + (start + length - 1) * DAY);
        const agencyId = province ? undefined : fixture.agencyId;
        // Made during the period, so that "paused at the end" is known (null once the period ended).
        const now = vietnamInstant(`${to}T12:00`);
        const report = await getIi06aReport(
          database.db,
          { from, to, by, ...(agencyId ? { agencyId } : {}) },
          now,
        );
        for (const figures of [report.totals, ...report.rows.map((row) => row.figures)]) {
          const f = figures;
          expect(f.received).toBe(f.received_online + f.received_direct + f.carried_over);
          expect(f.received).toBe(f.resolved + f.in_progress);
          expect(f.resolved).toBe(f.resolved_early + f.resolved_on_time + f.resolved_late);
          expect(f.in_progress).toBe(f.in_progress_on_time + f.in_progress_overdue);
          expect(f.resolved_late_with_apology).toBeLessThanOrEqual(f.resolved_late);
          expect(f.withdrawn).toBeLessThanOrEqual(f.resolved);
          expect(f.received_full_online + f.received_partial_online).toBeLessThanOrEqual(f.received_online);
          expect(f.paused_at_end).not.toBeNull();
          expect(f.paused_at_end ?? 0).toBeLessThanOrEqual(f.in_progress);
        }
        const row = report.rows[0];
        for (const column of II06A_COLUMN_KEYS) {
          const base = { from, to, by, column, page: 1, pageSize: 200, ...(agencyId ? { agencyId } : {}) };
          const all = await listIi06aDossiers(database.db, base, now);
          expect(all.total).toBe(report.totals[column]);
          expect(all.items).toHaveLength(Math.min(200, all.total));
          for (const item of all.items) expect(excluded.has(item.id)).toBe(false);
          if (row) {
            const ofRow = await listIi06aDossiers(database.db, { ...base, row: row.key }, now);
            expect(ofRow.total).toBe(row.figures[column]);
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
