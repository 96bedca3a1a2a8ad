import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localMsOfDay, MS_PER_DAY, MS_PER_MINUTE } from "../calendar/dates.ts";
import {
  at,
  defaultCalendar,
  minuteInstantsOfYears,
  officialCalendar2026,
  show,
} from "../calendar/test-support.ts";
import { addDuration } from "./add.ts";
import { calendarDays, type Duration, halfDays, workingDays, workingHours } from "./duration.ts";

const calendar = officialCalendar2026();
const due = (from: string, duration: Duration, sameDayCutoff?: string) =>
  show(addDuration(calendar, at(from), duration, sameDayCutoff ? { sameDayCutoff } : {}));

const minuteInstant = fc.integer(minuteInstantsOfYears(2025, 2028)).map((minute) => minute * MS_PER_MINUTE);
const workingDuration = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(workingDays),
  fc.integer({ min: 0, max: 500 }).map(workingHours),
  fc.integer({ min: 0, max: 60 }).map(halfDays),
);

describe("addDuration — working time", () => {
  it("CAL-7: Fri 13/02/2026 16:00 + 3 working days with the official Tết schedule = Wed 25/02/2026 16:00", () => {
    expect(due("2026-02-13T16:00", workingDays(3))).toBe("2026-02-25T16:00");
  });

  it("CAL-7: the time of day carries over in an ordinary week (Fri 16:00 + 3 days = Wed 16:00)", () => {
    expect(due("2026-03-06T16:00", workingDays(3))).toBe("2026-03-11T16:00");
    expect(due("2026-03-02T10:00", workingDays(1))).toBe("2026-03-03T10:00");
  });

  it("CAL-4: the swapped day off Fri 02/01/2026 does not count (Wed 31/12/2025 16:00 + 1 day = Mon 05/01)", () => {
    expect(due("2025-12-31T16:00", workingDays(1))).toBe("2026-01-05T16:00");
    expect(show(addDuration(defaultCalendar(), at("2025-12-31T16:00"), workingDays(1)))).toBe(
      "2026-01-02T16:00",
    );
  });

  it("CAL-4: a working Saturday counts (Fri 09/01/2026 10:00 + 1 day = Sat 10/01 10:00)", () => {
    expect(due("2026-01-09T10:00", workingDays(1))).toBe("2026-01-10T10:00");
    expect(show(addDuration(defaultCalendar(), at("2026-01-09T10:00"), workingDays(1)))).toBe(
      "2026-01-12T10:00",
    );
  });

  it("CAL-3: Giỗ Tổ on Sunday 26/04/2026 gives Monday 27/04 off (Fri 24/04 10:00 + 1 day = Tue 28/04 10:00)", () => {
    expect(due("2026-04-24T10:00", workingDays(1))).toBe("2026-04-28T10:00");
    expect(show(addDuration(defaultCalendar(), at("2026-04-24T10:00"), workingDays(1)))).toBe(
      "2026-04-28T10:00",
    );
  });

  it("CAL-6: received Friday 18:00 → counting starts Monday 07:30 (+1 h = 08:30; +1 day = Monday 17:00)", () => {
    expect(due("2026-03-06T18:00", workingHours(1))).toBe("2026-03-09T08:30");
    expect(due("2026-03-06T18:00", workingDays(1))).toBe("2026-03-09T17:00");
  });

  it("CAL-6: received at 12:00 (lunch) → counting starts at 13:00", () => {
    expect(due("2026-03-02T12:00", workingHours(1))).toBe("2026-03-02T14:00");
  });

  it("CAL-1: the lunch break is skipped (11:00 + 2 working hours = 14:30)", () => {
    expect(due("2026-03-02T11:00", workingHours(2))).toBe("2026-03-02T14:30");
  });

  it("CAL-1: half days are 4 working hours (07:30 + ½ day = 11:30; Mon 10:00 + 3 half days = Tue 15:30)", () => {
    expect(due("2026-03-02T07:30", halfDays(1))).toBe("2026-03-02T11:30");
    expect(due("2026-03-02T10:00", halfDays(1))).toBe("2026-03-02T15:30");
    expect(due("2026-03-02T10:00", halfDays(3))).toBe("2026-03-03T15:30");
  });

  it("edge convention: a due that falls at the end of a period stays at 17:00 (not the next morning)", () => {
    expect(due("2026-03-02T07:30", workingDays(1))).toBe("2026-03-02T17:00");
    expect(due("2026-03-02T17:00", workingDays(2))).toBe("2026-03-04T17:00");
  });

  it("0 working days = the start of counting", () => {
    expect(due("2026-03-06T18:00", workingDays(0))).toBe("2026-03-09T07:30");
  });

  it("year boundary: Thu 31/12/2026 16:00 + 2 working days = Tue 05/01/2027 16:00 (1/1 holiday + weekend)", () => {
    expect(due("2026-12-31T16:00", workingDays(2))).toBe("2027-01-05T16:00");
  });
});

describe("addDuration — calendar days (CAL-5, Civil Code 2015 Art. 148)", () => {
  it("CAL-5: N calendar days later, at the close of that day (Art. 148(1): the end of the last day)", () => {
    expect(due("2026-03-03T10:00", calendarDays(10))).toBe("2026-03-13T17:00");
    expect(due("2026-03-03T10:00", calendarDays(0))).toBe("2026-03-03T17:00");
  });

  it("CAL-5 (Art. 148(5)): landing on a weekend or holiday ends at the close of the next working day", () => {
    expect(due("2026-03-02T10:00", calendarDays(5))).toBe("2026-03-09T17:00");
    expect(due("2026-02-10T10:00", calendarDays(5))).toBe("2026-02-23T17:00");
    // Thu 10/12/2026 08:30 + 30 days = Sat 09/01/2027: Mon 11/01/2027 17:00, not its 07:30 opening.
    expect(due("2026-12-10T08:30", calendarDays(30))).toBe("2027-01-11T17:00");
  });

  it("CAL-5/CAL-6: counting starts at the next working instant (Sat 09:00 + 2 days = Wed 17:00)", () => {
    expect(due("2026-03-07T09:00", calendarDays(2))).toBe("2026-03-11T17:00");
  });
});

describe("addDuration — same-day cut-off (CAL-8)", () => {
  it("CAL-8: received before 15:00 on a working day → end of that day", () => {
    expect(due("2026-03-03T14:59", workingDays(0), "15:00")).toBe("2026-03-03T17:00");
    expect(due("2026-03-03T07:00", workingDays(0), "15:00")).toBe("2026-03-03T17:00");
  });

  it("CAL-8: received at or after 15:00 → end of the next working day (over Tết)", () => {
    expect(due("2026-03-03T15:00", workingDays(0), "15:00")).toBe("2026-03-04T17:00");
    expect(due("2026-02-13T15:30", workingDays(0), "15:00")).toBe("2026-02-23T17:00");
  });

  it("CAL-8: received on a non-working day → end of the next working day", () => {
    expect(due("2026-03-07T09:00", workingDays(0), "15:00")).toBe("2026-03-09T17:00");
  });

  it("CAL-8: with N days, the due is the end of the N-th working day after day 0", () => {
    expect(due("2026-03-03T10:00", workingDays(2), "15:00")).toBe("2026-03-05T17:00");
    expect(due("2026-03-06T16:00", workingDays(1), "15:00")).toBe("2026-03-10T17:00");
  });

  it("CAL-8: only whole working days combine with a cut-off; the cut-off must be HH:MM", () => {
    expect(() => due("2026-03-03T10:00", workingHours(4), "15:00")).toThrow(
      expect.objectContaining({ code: "DEADLINE_CUTOFF_UNIT", rule: "CAL-8" }),
    );
    expect(() => due("2026-03-03T10:00", workingDays(0.5), "15:00")).toThrow(
      expect.objectContaining({ code: "DEADLINE_CUTOFF_UNIT" }),
    );
    expect(() => due("2026-03-03T10:00", workingDays(0), "3pm")).toThrow(
      expect.objectContaining({ code: "DEADLINE_CUTOFF_INVALID" }),
    );
  });
});

describe("addDuration — invalid input", () => {
  it("CAL-5: refuses negative, non-finite and unknown durations, and a non-finite start", () => {
    expect(() => due("2026-03-03T10:00", workingDays(-1))).toThrow(
      expect.objectContaining({ code: "DURATION_AMOUNT_INVALID" }),
    );
    expect(() => due("2026-03-03T10:00", workingHours(Number.POSITIVE_INFINITY))).toThrow(
      expect.objectContaining({ code: "DURATION_AMOUNT_INVALID" }),
    );
    expect(() => due("2026-03-03T10:00", { amount: 1, unit: "months" as never })).toThrow(
      expect.objectContaining({ code: "DURATION_UNIT_INVALID" }),
    );
    expect(() => addDuration(calendar, Number.NaN, workingDays(1))).toThrow(
      expect.objectContaining({ code: "TIME_INVALID" }),
    );
  });
});

describe("addDuration — properties", () => {
  it("adding then measuring returns the duration", () => {
    fc.assert(
      fc.property(minuteInstant, workingDuration, (from, duration) => {
        const minutes =
          duration.unit === "working_days"
            ? duration.amount * 480
            : duration.unit === "half_days"
              ? duration.amount * 240
              : duration.amount * 60;
        expect(calendar.workingMinutesBetween(from, addDuration(calendar, from, duration))).toBe(minutes);
      }),
    );
  });

  it("never lands on a non-working instant, except exactly at a period end after working time", () => {
    fc.assert(
      fc.property(minuteInstant, workingDuration, (from, duration) => {
        const result = addDuration(calendar, from, duration);
        if (calendar.isWorkingInstant(result)) return;
        expect(duration.amount).toBeGreaterThan(0);
        expect(calendar.isWorkingInstant(result - 1)).toBe(true);
        expect([690, 1020]).toContain(localMsOfDay(result) / MS_PER_MINUTE);
      }),
    );
  });

  it("calendar days end at a working day's close, at least N days after counting starts", () => {
    fc.assert(
      fc.property(minuteInstant, fc.integer({ min: 0, max: 90 }), (from, days) => {
        const result = addDuration(calendar, from, calendarDays(days));
        expect(localMsOfDay(result)).toBe(17 * 3_600_000);
        expect(calendar.isWorkingInstant(result - 1)).toBe(true);
        expect(result - calendar.nextWorkingInstant(from)).toBeGreaterThanOrEqual(days * MS_PER_DAY);
      }),
    );
  });

  it("is monotonic in the start instant", () => {
    fc.assert(
      fc.property(
        minuteInstant,
        fc.integer({ min: 0, max: 20 * MS_PER_DAY }),
        fc.oneof(workingDuration, fc.integer({ min: 0, max: 60 }).map(calendarDays)),
        (from, later, duration) => {
          expect(addDuration(calendar, from + later, duration)).toBeGreaterThanOrEqual(
            addDuration(calendar, from, duration),
          );
        },
      ),
    );
  });

  it("is monotonic in the duration", () => {
    fc.assert(
      fc.property(
        minuteInstant,
        fc.constantFrom("working_days", "working_hours", "half_days", "calendar_days" as const),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (from, unit, a, b) => {
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          expect(addDuration(calendar, from, { amount: longer, unit })).toBeGreaterThanOrEqual(
            addDuration(calendar, from, { amount: shorter, unit }),
          );
        },
      ),
    );
  });

  it("CAL-8: a cut-off due is always the end of a working day, never before the receipt", () => {
    fc.assert(
      fc.property(minuteInstant, fc.integer({ min: 0, max: 10 }), (from, days) => {
        const result = addDuration(calendar, from, workingDays(days), { sameDayCutoff: "15:00" });
        expect(localMsOfDay(result)).toBe(17 * 3_600_000);
        expect(calendar.isWorkingInstant(result - 1)).toBe(true);
        expect(result).toBeGreaterThan(from);
      }),
    );
  });
});
