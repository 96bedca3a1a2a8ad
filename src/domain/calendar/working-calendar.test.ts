import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localMsOfDay, MS_PER_MINUTE } from "./dates.ts";
import { type CalendarSpec, DEFAULT_CALENDAR_SPEC } from "./spec.ts";
import {
  at,
  defaultCalendar,
  minuteInstantsOfYears,
  naiveMinuteWalker,
  OFFICIAL_2026_SPEC,
  officialCalendar2026,
  show,
} from "./test-support.ts";
import { createWorkingCalendar } from "./working-calendar.ts";

const calendar = officialCalendar2026();
const oracle = naiveMinuteWalker(OFFICIAL_2026_SPEC);
const minuteInstant = (from: number, to: number) =>
  fc.integer(minuteInstantsOfYears(from, to)).map((minute) => minute * MS_PER_MINUTE);
const PERIOD_ENDS = [11 * 60 + 30, 17 * 60];

describe("working instants", () => {
  it("CAL-1: periods are [07:30, 11:30) and [13:00, 17:00) on working days", () => {
    expect(calendar.isWorkingInstant(at("2026-03-02T07:30"))).toBe(true);
    expect(calendar.isWorkingInstant(at("2026-03-02T07:30") - 1)).toBe(false);
    expect(calendar.isWorkingInstant(at("2026-03-02T11:29") + 59_999)).toBe(true);
    expect(calendar.isWorkingInstant(at("2026-03-02T11:30"))).toBe(false);
    expect(calendar.isWorkingInstant(at("2026-03-02T12:00"))).toBe(false);
    expect(calendar.isWorkingInstant(at("2026-03-02T13:00"))).toBe(true);
    expect(calendar.isWorkingInstant(at("2026-03-02T17:00"))).toBe(false);
    expect(calendar.isWorkingInstant(at("2026-03-07T10:00"))).toBe(false);
  });

  it("CAL-4: a working Saturday has working instants (Sat 10/01/2026)", () => {
    expect(calendar.isWorkingInstant(at("2026-01-10T10:00"))).toBe(true);
    expect(defaultCalendar().isWorkingInstant(at("2026-01-10T10:00"))).toBe(false);
  });

  it("CAL-6: received at 18:00 on Friday → counting starts at Monday's opening", () => {
    expect(show(calendar.nextWorkingInstant(at("2026-03-06T18:00")))).toBe("2026-03-09T07:30");
  });

  it("CAL-6: received at 12:00 → 13:00; at 06:00 → 07:30; a working instant stays", () => {
    expect(show(calendar.nextWorkingInstant(at("2026-03-02T12:00")))).toBe("2026-03-02T13:00");
    expect(show(calendar.nextWorkingInstant(at("2026-03-02T11:30")))).toBe("2026-03-02T13:00");
    expect(show(calendar.nextWorkingInstant(at("2026-03-02T06:00")))).toBe("2026-03-02T07:30");
    expect(calendar.nextWorkingInstant(at("2026-03-02T09:15") + 5)).toBe(at("2026-03-02T09:15") + 5);
  });

  it("CAL-4/CAL-6: received during Tết 2026 → counting starts Mon 23/02 07:30", () => {
    expect(show(calendar.nextWorkingInstant(at("2026-02-13T17:00")))).toBe("2026-02-23T07:30");
  });

  it("year boundary: received Thu 31/12/2026 17:30 → Mon 04/01/2027 (1/1 holiday, then weekend)", () => {
    expect(show(calendar.nextWorkingInstant(at("2026-12-31T17:30")))).toBe("2027-01-04T07:30");
  });
});

describe("adding and measuring working minutes", () => {
  it("CAL-1: the lunch break does not count (11:00 + 60 min = 13:30; 11:00 → 13:30 is 60 min)", () => {
    expect(show(calendar.addWorkingMinutes(at("2026-03-02T11:00"), 60))).toBe("2026-03-02T13:30");
    expect(calendar.workingMinutesBetween(at("2026-03-02T11:00"), at("2026-03-02T13:30"))).toBe(60);
  });

  it("edge convention: a result exactly at a period end stays there (11:30, 17:00), never the next opening", () => {
    expect(show(calendar.addWorkingMinutes(at("2026-03-02T07:30"), 240))).toBe("2026-03-02T11:30");
    expect(show(calendar.addWorkingMinutes(at("2026-03-02T13:00"), 240))).toBe("2026-03-02T17:00");
    expect(show(calendar.addWorkingMinutes(at("2026-03-06T07:30"), 480))).toBe("2026-03-06T17:00");
  });

  it("adding 0 gives the next working instant", () => {
    expect(show(calendar.addWorkingMinutes(at("2026-03-06T17:00"), 0))).toBe("2026-03-09T07:30");
  });

  it("CAL-1: one working day is 480 minutes; b <= a gives 0", () => {
    expect(calendar.minutesPerDay).toBe(480);
    expect(calendar.workingMinutesBetween(at("2026-03-02T07:30"), at("2026-03-03T07:30"))).toBe(480);
    expect(calendar.workingMinutesBetween(at("2026-03-06T10:00"), at("2026-03-09T10:00"))).toBe(480);
    expect(calendar.workingMinutesBetween(at("2026-03-03T07:30"), at("2026-03-02T07:30"))).toBe(0);
  });

  it("year boundary: Thu 31/12/2026 16:00 + 120 min = Mon 04/01/2027 08:30, and back", () => {
    const due = calendar.addWorkingMinutes(at("2026-12-31T16:00"), 120);
    expect(show(due)).toBe("2027-01-04T08:30");
    expect(calendar.workingMinutesBetween(at("2026-12-31T16:00"), due)).toBe(120);
  });

  it("year boundary: working time over several years is the sum of the years' working days", () => {
    const workingDays = [2025, 2026, 2027].reduce(
      (sum, year) => sum + calendar.daysOfYear(year).filter((day) => day.working).length,
      0,
    );
    expect(calendar.workingMinutesBetween(at("2025-01-01T00:00"), at("2028-01-01T00:00"))).toBe(
      workingDays * 480,
    );
    expect(workingDays).toBeGreaterThan(3 * 240);
  });

  it("refuses negative or non-finite amounts and years out of range", () => {
    expect(() => calendar.addWorkingMinutes(at("2026-03-02T08:00"), -1)).toThrow(
      expect.objectContaining({ code: "CAL_AMOUNT_INVALID" }),
    );
    expect(() => calendar.addWorkingMinutes(at("2026-03-02T08:00"), Number.NaN)).toThrow(
      expect.objectContaining({ code: "CAL_AMOUNT_INVALID" }),
    );
    expect(() => calendar.isWorkingInstant(at("2199-12-31T23:00") + 3_600_000)).toThrow(
      expect.objectContaining({ code: "CAL_YEAR_OUT_OF_RANGE" }),
    );
    expect(() => calendar.isWorkingInstant(Number.POSITIVE_INFINITY)).toThrow(
      expect.objectContaining({ code: "TIME_INVALID" }),
    );
  });

  it("CAL-1: minutes per day follow the agency's hours (Thanh Hóa 07:00–11:30, 13:30–17:00 = 480; 450)", () => {
    const hours = (workingHours: CalendarSpec["workingHours"]) =>
      createWorkingCalendar({ ...DEFAULT_CALENDAR_SPEC, workingHours });
    const thanhHoa = hours([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
    expect(thanhHoa.minutesPerDay).toBe(480);
    expect(show(thanhHoa.nextWorkingInstant(at("2026-03-02T12:00")))).toBe("2026-03-02T13:30");
    expect(
      hours([
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "16:30" },
      ]).minutesPerDay,
    ).toBe(450);
  });

  it("refuses an invalid spec", () => {
    expect(() => createWorkingCalendar({ ...DEFAULT_CALENDAR_SPEC, workingHours: [] })).toThrow(
      expect.objectContaining({ code: "CAL_SPEC_INVALID" }),
    );
  });
});

describe("days", () => {
  it("isWorkingDay and daysOfYear combine weekend, official schedule and defaults", () => {
    expect(calendar.isWorkingDay("2026-02-17")).toBe(false);
    expect(calendar.isWorkingDay("2026-01-10")).toBe(true);
    expect(calendar.isWorkingDay("2027-02-10")).toBe(false);
    const days = calendar.daysOfYear(2026);
    expect(days).toHaveLength(365);
    expect(calendar.daysOfYear(2028)).toHaveLength(366);
    expect(days[9]).toEqual({
      date: "2026-01-10",
      working: true,
      kind: "working_day",
      name: "Làm bù cho thứ Sáu 02/01",
    });
    expect(days.filter((day) => day.working)).toHaveLength(365 - 104 - 13 + 2);
  });
});

describe("properties", () => {
  it("agrees with a naive minute-by-minute walk (add and measure), 2025–2027", () => {
    fc.assert(
      fc.property(minuteInstant(2025, 2028), fc.integer({ min: 0, max: 4000 }), (from, minutes) => {
        expect(calendar.addWorkingMinutes(from, minutes)).toBe(oracle.add(from, minutes));
        const to = from + minutes * 7 * MS_PER_MINUTE;
        expect(calendar.workingMinutesBetween(from, to)).toBe(oracle.between(from, to));
      }),
      { numRuns: 150 },
    );
  });

  it("adding then measuring returns the amount (any millisecond instant)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at("2025-01-01T00:00"), max: at("2029-01-01T00:00") }),
        fc.integer({ min: 0, max: 200 * 480 * MS_PER_MINUTE }),
        (from, ms) => {
          expect(calendar.workingMsBetween(from, calendar.addWorkingMs(from, ms))).toBe(ms);
        },
      ),
    );
  });

  it("results land on a working instant, or exactly at a period end right after working time", () => {
    fc.assert(
      fc.property(minuteInstant(2025, 2028), fc.integer({ min: 0, max: 20_000 }), (from, minutes) => {
        const due = calendar.addWorkingMinutes(from, minutes);
        if (minutes === 0) {
          expect(calendar.isWorkingInstant(due)).toBe(true);
          return;
        }
        expect(calendar.isWorkingInstant(due - 1)).toBe(true);
        if (!calendar.isWorkingInstant(due)) expect(PERIOD_ENDS).toContain(localMsOfDay(due) / MS_PER_MINUTE);
      }),
    );
  });

  it("nextWorkingInstant returns a working instant with no working time before it", () => {
    fc.assert(
      fc.property(fc.integer({ min: at("2025-01-01T00:00"), max: at("2028-01-01T00:00") }), (instant) => {
        const next = calendar.nextWorkingInstant(instant);
        expect(next).toBeGreaterThanOrEqual(instant);
        expect(calendar.isWorkingInstant(next)).toBe(true);
        expect(calendar.workingMsBetween(instant, next)).toBe(0);
      }),
    );
  });
});
