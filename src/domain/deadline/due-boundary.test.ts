import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  instantAt,
  isoFromDayNumber,
  localDayNumber,
  MS_PER_MINUTE,
  yearStartInstant,
} from "../calendar/dates.ts";
import { type CalendarSpec, DAY_KINDS, type WorkingPeriod } from "../calendar/spec.ts";
import { at, minuteInstantsOfYears, show } from "../calendar/test-support.ts";
import { createWorkingCalendar, type WorkingCalendar } from "../calendar/working-calendar.ts";
import { latenessReasonFor } from "../dossier/commands/lateness.ts";
import { actors, receiveAtCounter } from "../dossier/test-support.ts";
import type { AddOptions } from "./add.ts";
import {
  classifyFinish,
  type DeadlineClock,
  dueAt,
  isOverdueAt,
  pauseClock,
  resumeClock,
  startClock,
} from "./clock.ts";
import { calendarDays, type Duration, halfDays, workingDays, workingHours } from "./duration.ts";

/**
 * CAL-7, CAL-9, RES-1, PRC-8 at a day's boundary, for random calendars: working time that ends at a
 * day's close and the next day's opening are the same working instant but different dates (the
 * appointment date, ngày hẹn trả). The due is the close, so the due shown, the overdue check, the
 * early / on time / late class and the lateness reason all agree on it.
 */

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** 1 to 3 sorted, non-overlapping periods between 05:00 and 21:00, on quarter hours. */
const workingHoursArb: fc.Arbitrary<WorkingPeriod[]> = fc
  .uniqueArray(fc.integer({ min: 20, max: 84 }), { minLength: 2, maxLength: 6 })
  .filter((bounds) => bounds.length % 2 === 0)
  .map((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b).map((quarter) => quarter * 15);
    const periods: WorkingPeriod[] = [];
    for (let i = 0; i < sorted.length; i += 2) {
      periods.push({ start: hhmm(sorted[i] as number), end: hhmm(sorted[i + 1] as number) });
    }
    return periods;
  });

const firstDay2026 = localDayNumber(yearStartInstant(2026));
const overridesArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 729 }), { maxLength: 40 })
  .chain((days) =>
    fc.tuple(...days.map((day) => fc.constantFrom(...DAY_KINDS).map((kind) => ({ day, kind })))),
  )
  .map((entries) =>
    entries.map(({ day, kind }) => ({
      date: isoFromDayNumber(firstDay2026 + day),
      kind,
      name: "Điều chỉnh",
    })),
  );

const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    workingHours: workingHoursArb,
    overrides: overridesArb,
    useDefaultHolidays: fc.boolean(),
    officialYears: fc.constantFrom([], [2026], [2026, 2027]),
  })
  .map((spec: CalendarSpec) => createWorkingCalendar(spec));

const startArb = fc.integer(minuteInstantsOfYears(2026, 2028)).map((minute) => minute * MS_PER_MINUTE);

interface Limit {
  duration: Duration;
  options: AddOptions;
}

const limitArb: fc.Arbitrary<Limit> = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((n) => ({ duration: workingDays(n), options: {} })),
  fc.integer({ min: 0, max: 300 }).map((n) => ({ duration: workingHours(n), options: {} })),
  fc.integer({ min: 0, max: 80 }).map((n) => ({ duration: halfDays(n), options: {} })),
  fc.integer({ min: 0, max: 60 }).map((n) => ({ duration: calendarDays(n), options: {} })),
  fc
    .integer({ min: 0, max: 10 })
    .map((n) => ({ duration: workingDays(n), options: { sameDayCutoff: "15:00" } })),
);

/** An optional pause (PAU-3): from `after` minutes past the start, for `length` minutes, resumed. */
const pauseArb = fc.option(
  fc.record({ after: fc.integer({ min: 0, max: 20_000 }), length: fc.integer({ min: 1, max: 20_000 }) }),
);

function clockOf(
  calendar: WorkingCalendar,
  from: number,
  limit: Limit,
  pause: { after: number; length: number } | null,
): DeadlineClock {
  const clock = startClock(calendar, from, limit.duration, limit.options);
  if (!pause) return clock;
  const pausedAt = from + pause.after * MS_PER_MINUTE;
  return resumeClock(pauseClock(clock, pausedAt, "fees"), pausedAt + pause.length * MS_PER_MINUTE);
}

/** Zero working time from a non-working instant is due at the start of counting: an opening. */
const isZeroWorkingTime = (limit: Limit) =>
  limit.duration.amount === 0 && limit.duration.unit !== "calendar_days" && !limit.options.sameDayCutoff;

const dossier = receiveAtCounter("2026-03-02T09:00");
const needsReason = (outcome: ReturnType<typeof classifyFinish>, finishedAt: number) => {
  try {
    latenessReasonFor(dossier, outcome, null, finishedAt, actors.oneStop);
    return false;
  } catch (error) {
    expect(error).toMatchObject({ code: "LATENESS_REASON_REQUIRED", rule: "PRC-8" });
    return true;
  }
};

describe("the due at a day's boundary (CAL-7, CAL-9, RES-1, PRC-8), random calendars", () => {
  it("CAL-7: a due is never a next opening when it could be the previous close (working time precedes it)", () => {
    fc.assert(
      fc.property(calendarArb, startArb, limitArb, pauseArb, (calendar, from, limit, pause) => {
        const due = dueAt(calendar, clockOf(calendar, from, limit, pause));
        if (calendar.isWorkingInstant(due - 1)) return;
        // Only zero working time, due at the start of counting, may sit right after a gap.
        expect(isZeroWorkingTime(limit)).toBe(true);
        expect(due).toBe(calendar.nextWorkingInstant(from));
      }),
    );
  });

  it("CAL-9 / RES-1 / PRC-8: finishing exactly at the due is on time, not overdue, and needs no lateness reason", () => {
    fc.assert(
      fc.property(calendarArb, startArb, limitArb, pauseArb, (calendar, from, limit, pause) => {
        const clock = clockOf(calendar, from, limit, pause);
        const due = dueAt(calendar, clock);
        const outcome = classifyFinish(calendar, clock, due);
        expect(outcome).toBe("on_time");
        expect(isOverdueAt(calendar, clock, due)).toBe(false);
        expect(needsReason(outcome, due)).toBe(false);
      }),
    );
  });

  it("CAL-9 / PRC-8: one minute after the due is late, overdue, and needs the lateness reason", () => {
    fc.assert(
      fc.property(calendarArb, startArb, limitArb, pauseArb, (calendar, from, limit, pause) => {
        const clock = clockOf(calendar, from, limit, pause);
        const after = dueAt(calendar, clock) + MS_PER_MINUTE;
        const outcome = classifyFinish(calendar, clock, after);
        expect(outcome).toBe("late");
        expect(isOverdueAt(calendar, clock, after)).toBe(true);
        expect(needsReason(outcome, after)).toBe(true);
      }),
    );
  });

  it("CAL-9: anywhere on the due date up to the due instant is on time; before that date's opening, early", () => {
    fc.assert(
      fc.property(
        calendarArb,
        startArb,
        limitArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (calendar, from, limit, share) => {
          const clock = clockOf(calendar, from, limit, null);
          const due = dueAt(calendar, clock);
          const opening = instantAt(localDayNumber(due), calendar.opensAtMinute);
          expect(due).toBeGreaterThanOrEqual(opening);
          expect(classifyFinish(calendar, clock, opening + Math.floor(share * (due - opening)))).toBe(
            "on_time",
          );
          expect(classifyFinish(calendar, clock, opening - MS_PER_MINUTE)).toBe("early");
        },
      ),
    );
  });
});

describe("the journey's case (RES-1 / CAL-9)", () => {
  it("CAL-5: 30 calendar days from Thu 10/12/2026 08:30 end Mon 11/01/2027 17:00; 40 minutes earlier is on time", () => {
    const calendar = createWorkingCalendar({
      workingHours: [
        { start: "07:30", end: "11:30" },
        { start: "13:00", end: "17:00" },
      ],
      overrides: [],
      useDefaultHolidays: true,
      officialYears: [],
    });
    const clock = startClock(calendar, at("2026-12-10T08:30"), calendarDays(30));
    const due = dueAt(calendar, clock);
    expect(show(due)).toBe("2027-01-11T17:00");
    expect(show(clock.appointment)).toBe("2027-01-11T17:00");
    expect(classifyFinish(calendar, clock, due - 40 * MS_PER_MINUTE)).toBe("on_time");
    expect(classifyFinish(calendar, clock, at("2027-01-10T16:20"))).toBe("early");
  });
});
