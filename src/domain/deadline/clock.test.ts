import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MS_PER_MINUTE } from "../calendar/dates.ts";
import { at, defaultCalendar, officialCalendar2026, show } from "../calendar/test-support.ts";
import { DomainError } from "../errors.ts";
import { addDuration } from "./add.ts";
import {
  classifyFinish,
  DEADLINE_RULES_VERSION,
  type DeadlineClock,
  dueAt,
  extendClock,
  isPaused,
  type PauseReason,
  pauseClock,
  remainingAt,
  restartClock,
  resumeClock,
  startClock,
} from "./clock.ts";
import { workingDays } from "./duration.ts";

const calendar = officialCalendar2026();
const start = (when: string, days: number) => startClock(calendar, at(when), workingDays(days));
const dueOf = (clock: DeadlineClock, now?: string) => show(dueAt(calendar, clock, now ? at(now) : undefined));
const paused = (clock: DeadlineClock, from: string, to: string, reason: PauseReason = "fees") =>
  resumeClock(pauseClock(clock, at(from), reason), at(to));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("starting a clock", () => {
  it("CAL-7: the appointment is the due computed at reception, with the rule version and history", () => {
    const clock = start("2026-03-02T08:00", 5);
    expect(show(clock.appointment)).toBe("2026-03-09T08:00");
    expect(dueOf(clock)).toBe("2026-03-09T08:00");
    expect(clock.rules).toBe(DEADLINE_RULES_VERSION);
    expect(clock.history).toEqual([
      { type: "start", at: at("2026-03-02T08:00"), appointment: clock.appointment },
    ]);
  });

  it("CAL-4: an issued appointment does not move when the calendar changes; the due in force does", () => {
    const clock = startClock(defaultCalendar(), at("2025-12-31T16:00"), workingDays(1));
    expect(show(clock.appointment)).toBe("2026-01-02T16:00");
    expect(dueOf(clock)).toBe("2026-01-05T16:00");
    expect(show(clock.appointment)).toBe("2026-01-02T16:00");
  });

  it("refuses an invalid duration or start", () => {
    expect(() => start("2026-03-02T08:00", -2)).toThrow(
      expect.objectContaining({ code: "DURATION_AMOUNT_INVALID" }),
    );
    expect(() => startClock(calendar, Number.NaN, workingDays(1))).toThrow(
      expect.objectContaining({ code: "TIME_INVALID" }),
    );
  });
});

describe("pausing (PAU)", () => {
  it("PAU-3: a pause of one working day moves the due by one working day", () => {
    const clock = paused(start("2026-03-02T08:00", 5), "2026-03-02T10:00", "2026-03-03T10:00");
    expect(dueOf(clock)).toBe("2026-03-10T08:00");
  });

  it("PAU-3: only paused WORKING time counts (Fri 16:00 → Mon 09:00 = 150 min, not 65 hours)", () => {
    const clock = paused(start("2026-03-02T08:00", 5), "2026-03-06T16:00", "2026-03-09T09:00");
    expect(dueOf(clock)).toBe("2026-03-09T10:30");
  });

  it("PAU-3: several pauses add up", () => {
    let clock = paused(start("2026-03-02T08:00", 5), "2026-03-02T10:00", "2026-03-02T11:00", "fees");
    clock = paused(clock, "2026-03-03T13:00", "2026-03-03T14:00", "awaiting_superior");
    expect(dueOf(clock)).toBe("2026-03-09T10:00");
  });

  it("PAU-1: the pause history keeps the reasons", () => {
    const clock = paused(
      start("2026-03-02T08:00", 5),
      "2026-03-02T10:00",
      "2026-03-03T10:00",
      "land_financial_obligation",
    );
    expect(clock.pauses).toEqual([
      { reason: "land_financial_obligation", from: at("2026-03-02T10:00"), to: at("2026-03-03T10:00") },
    ]);
    expect(clock.history.map((event) => event.type)).toEqual(["start", "pause", "resume"]);
    expect(clock.history[1]).toMatchObject({ type: "pause", reason: "land_financial_obligation" });
  });

  it("PAU-1: any other reason is refused, citing PAU-1", () => {
    let error: unknown;
    try {
      pauseClock(start("2026-03-02T08:00", 5), at("2026-03-02T10:00"), "holiday_trip" as PauseReason);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "CLOCK_PAUSE_REASON_INVALID", rule: "PAU-1" });
  });

  it("PAU-1: a second pause while paused is refused; resuming a running clock is refused", () => {
    const clock = pauseClock(start("2026-03-02T08:00", 5), at("2026-03-02T10:00"), "fees");
    expect(isPaused(clock)).toBe(true);
    expect(() => pauseClock(clock, at("2026-03-02T11:00"), "awaiting_superior")).toThrow(
      expect.objectContaining({ code: "CLOCK_ALREADY_PAUSED" }),
    );
    expect(() => resumeClock(start("2026-03-02T08:00", 5), at("2026-03-02T11:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_NOT_PAUSED" }),
    );
  });

  it("PRC-6: a second correction request is refused; other reasons may repeat", () => {
    const clock = paused(
      start("2026-03-02T08:00", 5),
      "2026-03-02T10:00",
      "2026-03-02T11:00",
      "correction_request",
    );
    expect(() => pauseClock(clock, at("2026-03-03T10:00"), "correction_request")).toThrow(
      expect.objectContaining({ code: "CLOCK_CORRECTION_ONCE", rule: "PRC-6" }),
    );
    const twice = paused(
      paused(clock, "2026-03-03T10:00", "2026-03-03T11:00"),
      "2026-03-04T10:00",
      "2026-03-04T11:00",
    );
    expect(twice.pauses).toHaveLength(3);
  });

  it("refuses transitions earlier than the previous one", () => {
    const clock = pauseClock(start("2026-03-02T08:00", 5), at("2026-03-02T10:00"), "fees");
    expect(() => resumeClock(clock, at("2026-03-02T09:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_TIME_ORDER" }),
    );
  });

  it("PAU-3: while paused, the due counts the open pause up to `now`; remaining time is frozen", () => {
    const clock = pauseClock(start("2026-03-02T08:00", 5), at("2026-03-02T10:00"), "fees");
    expect(dueOf(clock)).toBe("2026-03-09T08:00");
    expect(dueOf(clock, "2026-03-02T14:00")).toBe("2026-03-09T10:30");
    expect(remainingAt(calendar, clock, at("2026-03-04T10:00"))).toBe(2400 - 120);
    expect(remainingAt(calendar, clock, at("2026-03-20T10:00"))).toBe(2400 - 120);
    const running = start("2026-03-02T08:00", 5);
    expect(remainingAt(calendar, running, at("2026-03-04T10:00"))).toBe(2400 - 960 - 120);
  });

  it("remaining time is negative when overdue", () => {
    const clock = start("2026-03-02T08:00", 5);
    expect(remainingAt(calendar, clock, at("2026-03-10T08:00"))).toBe(-480);
  });
});

describe("restarting (PRC-5)", () => {
  it("PRC-5: the processing time restarts from zero when the complete dossier arrives", () => {
    const clock = restartClock(calendar, start("2026-03-02T08:00", 15), at("2026-03-05T14:00"));
    expect(dueOf(clock)).toBe("2026-03-26T14:00");
    expect(show(clock.appointment)).toBe("2026-03-26T14:00");
    expect(clock.countFrom).toBe(at("2026-03-05T14:00"));
  });

  it("PRC-5: a restart while paused closes the pause; earlier pauses no longer count but stay in history", () => {
    const pausedClock = pauseClock(
      start("2026-03-02T08:00", 15),
      at("2026-03-02T10:00"),
      "awaiting_superior",
    );
    const clock = restartClock(calendar, pausedClock, at("2026-03-05T14:00"));
    expect(isPaused(clock)).toBe(false);
    expect(clock.pauses).toEqual([]);
    expect(dueOf(clock)).toBe("2026-03-26T14:00");
    expect(clock.history.map((event) => event.type)).toEqual(["start", "pause", "restart"]);
  });

  it("PRC-5: only once per dossier", () => {
    const clock = restartClock(calendar, start("2026-03-02T08:00", 15), at("2026-03-05T14:00"));
    expect(() => restartClock(calendar, clock, at("2026-03-06T14:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_RESTART_ONCE", rule: "PRC-5" }),
    );
  });
});

describe("extending (PRC-7)", () => {
  const base = () => startClock(calendar, at("2026-03-02T07:30"), workingDays(5));

  it("PRC-7: a new, later date set at least 1 working day before the due becomes the appointment; the statutory due never moves", () => {
    expect(dueOf(base())).toBe("2026-03-06T17:00");
    const clock = extendClock(calendar, base(), at("2026-03-05T16:59"), at("2026-03-10T17:00"));
    expect(show(clock.appointment)).toBe("2026-03-10T17:00");
    expect(dueOf(clock)).toBe("2026-03-06T17:00");
    expect(remainingAt(calendar, clock, at("2026-03-09T08:00"))).toBeLessThan(0);
    expect(clock.extension).toEqual({
      at: at("2026-03-05T16:59"),
      newDue: at("2026-03-10T17:00"),
      previousDue: at("2026-03-06T17:00"),
    });
  });

  it("PRC-7: exactly one working day before the due is still in time; later is too late", () => {
    expect(() => extendClock(calendar, base(), at("2026-03-05T17:00"), at("2026-03-10T17:00"))).not.toThrow();
    expect(() => extendClock(calendar, base(), at("2026-03-06T07:31"), at("2026-03-10T17:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_EXTENSION_TOO_LATE", rule: "PRC-7" }),
    );
  });

  it("PRC-7: the limit uses the due in force (after pauses)", () => {
    const clock = paused(base(), "2026-03-02T10:00", "2026-03-02T11:00");
    expect(dueOf(clock)).toBe("2026-03-09T08:30");
    expect(() => extendClock(calendar, base(), at("2026-03-06T08:30"), at("2026-03-12T17:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_EXTENSION_TOO_LATE" }),
    );
    const extended = extendClock(calendar, clock, at("2026-03-06T08:30"), at("2026-03-12T17:00"));
    expect(show(extended.appointment)).toBe("2026-03-12T17:00");
    expect(dueOf(extended)).toBe("2026-03-09T08:30");
  });

  it("PRC-7: only once; the new date must be later; not while paused", () => {
    const clock = extendClock(calendar, base(), at("2026-03-03T10:00"), at("2026-03-10T17:00"));
    expect(() => extendClock(calendar, clock, at("2026-03-04T10:00"), at("2026-03-12T17:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_ALREADY_EXTENDED", rule: "PRC-7" }),
    );
    expect(() => extendClock(calendar, base(), at("2026-03-03T10:00"), at("2026-03-06T17:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_EXTENSION_NOT_LATER" }),
    );
    const pausedClock = pauseClock(base(), at("2026-03-03T09:00"), "fees");
    expect(() => extendClock(calendar, pausedClock, at("2026-03-03T10:00"), at("2026-03-10T17:00"))).toThrow(
      expect.objectContaining({ code: "CLOCK_PAUSED" }),
    );
  });

  it("PAU-3 + PRC-7: a pause after the apology moves the statutory due, not the appointment", () => {
    const clock = extendClock(calendar, base(), at("2026-03-03T10:00"), at("2026-03-10T17:00"));
    const later = paused(clock, "2026-03-05T10:00", "2026-03-05T11:00");
    expect(dueOf(later)).toBe("2026-03-09T08:30");
    expect(show(later.appointment)).toBe("2026-03-10T17:00");
  });
});

describe("classifying a finish (CAL-9)", () => {
  const clock = startClock(calendar, at("2026-03-02T07:30"), workingDays(5)); // due Fri 06/03 17:00
  const classify = (finish: string, mode: "instant" | "date" = "instant") =>
    classifyFinish(calendar, clock, at(finish), mode);

  it("CAL-9 (instant): early before the due date's opening, on time up to the due instant, late after", () => {
    expect(classify("2026-03-05T16:00")).toBe("early");
    expect(classify("2026-03-06T07:00")).toBe("early");
    expect(classify("2026-03-06T07:30")).toBe("on_time");
    expect(classify("2026-03-06T17:00")).toBe("on_time");
    expect(classifyFinish(calendar, clock, at("2026-03-06T17:00") + 1)).toBe("late");
  });

  it("CAL-9 (instant): with a mid-day due, finishing after it on the due date is late", () => {
    const midDay = startClock(calendar, at("2026-03-02T10:00"), workingDays(5)); // due Mon 09/03 10:00
    expect(classifyFinish(calendar, midDay, at("2026-03-09T09:00"))).toBe("on_time");
    expect(classifyFinish(calendar, midDay, at("2026-03-09T10:30"))).toBe("late");
    expect(classifyFinish(calendar, midDay, at("2026-03-09T10:30"), "date")).toBe("on_time");
  });

  it("CAL-9 (date): compares Vietnam dates only", () => {
    expect(classify("2026-03-05T23:59", "date")).toBe("early");
    expect(classify("2026-03-06T20:00", "date")).toBe("on_time");
    expect(classify("2026-03-06T20:00")).toBe("late");
    expect(classify("2026-03-07T09:00", "date")).toBe("late");
  });

  it("CAL-9: compares with the due in force after pauses", () => {
    const midDay = startClock(calendar, at("2026-03-02T10:00"), workingDays(5));
    const withPause = paused(midDay, "2026-03-03T10:00", "2026-03-04T10:00"); // due Tue 10/03 10:00
    expect(classifyFinish(calendar, midDay, at("2026-03-09T10:30"))).toBe("late");
    expect(classifyFinish(calendar, withPause, at("2026-03-09T10:30"))).toBe("early");
    expect(classifyFinish(calendar, withPause, at("2026-03-10T10:00"))).toBe("on_time");
  });

  it("CAL-9 + PRC-7: a finish after the statutory due is late even before the apology's new appointment", () => {
    const extended = extendClock(calendar, clock, at("2026-03-03T10:00"), at("2026-03-10T17:00"));
    expect(classifyFinish(calendar, extended, at("2026-03-09T10:00"))).toBe("late");
    expect(classifyFinish(calendar, extended, at("2026-03-06T10:00"))).toBe("on_time");
  });

  it("CAL-9: compares with the restarted count (PRC-5)", () => {
    const restarted = restartClock(calendar, clock, at("2026-03-04T10:00")); // due Wed 11/03 10:00
    expect(classifyFinish(calendar, restarted, at("2026-03-11T09:00"))).toBe("on_time");
    expect(classifyFinish(calendar, clock, at("2026-03-11T09:00"))).toBe("late");
  });
});

describe("clock as a value", () => {
  it("is JSON-serialisable and transitions never mutate their input", () => {
    const original = deepFreeze(paused(start("2026-03-02T08:00", 5), "2026-03-02T10:00", "2026-03-03T10:00"));
    const copy = JSON.parse(JSON.stringify(original)) as DeadlineClock;
    expect(copy).toEqual(original);
    expect(dueAt(calendar, copy)).toBe(dueAt(calendar, original));
    const snapshot = JSON.stringify(original);
    const pausedAgain = deepFreeze(pauseClock(original, at("2026-03-04T08:00"), "fees"));
    const resumed = deepFreeze(resumeClock(pausedAgain, at("2026-03-04T09:00")));
    extendClock(calendar, resumed, at("2026-03-04T10:00"), at("2026-03-20T17:00"));
    restartClock(calendar, pausedAgain, at("2026-03-05T08:00"));
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(original.pauses).toHaveLength(1);
  });
});

describe("clock properties", () => {
  const from = fc.integer({ min: at("2026-01-01T00:00"), max: at("2026-12-01T00:00") });
  const pauses = fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 5 * 86_400_000 }),
      length: fc.integer({ min: 0, max: 5 * 86_400_000 }),
    }),
    { maxLength: 4 },
  );
  const withPauses = (clock: DeadlineClock, plan: { gap: number; length: number }[]) => {
    let current = clock;
    let cursor = clock.countFrom;
    let pausedMs = 0;
    for (const { gap, length } of plan) {
      const pauseFrom = cursor + gap;
      cursor = pauseFrom + length;
      current = resumeClock(pauseClock(current, pauseFrom, "awaiting_superior"), cursor);
      pausedMs += calendar.workingMsBetween(pauseFrom, cursor);
    }
    return { clock: current, pausedMs };
  };

  it("PAU-3: pauses never shorten a deadline, and move it by exactly the paused working time", () => {
    fc.assert(
      fc.property(from, fc.integer({ min: 0, max: 30 }), pauses, (start, days, plan) => {
        const clock = startClock(calendar, start, workingDays(days));
        const { clock: pausedClock, pausedMs } = withPauses(clock, plan);
        const due = dueAt(calendar, pausedClock);
        expect(due).toBeGreaterThanOrEqual(dueAt(calendar, clock));
        expect(calendar.workingMsBetween(start, due)).toBe(days * 480 * MS_PER_MINUTE + pausedMs);
      }),
    );
  });

  it("remaining + elapsed working time = the duration, for a running clock at any instant", () => {
    fc.assert(
      fc.property(
        from,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 * 86_400_000 }),
        (start, days, later) => {
          const clock = startClock(calendar, start, workingDays(days));
          const now = start + later;
          const remaining = remainingAt(calendar, clock, now);
          expect(remaining + calendar.workingMinutesBetween(start, now)).toBeCloseTo(days * 480, 6);
        },
      ),
    );
  });

  it("dueAt = the start moved by duration + paused working time (same as one addition)", () => {
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 30 }), pauses, (start, days, plan) => {
        const { clock, pausedMs } = withPauses(startClock(calendar, start, workingDays(days)), plan);
        const oneAddition = calendar.addWorkingMs(start, days * 480 * MS_PER_MINUTE + pausedMs);
        expect(dueAt(calendar, clock)).toBe(oneAddition);
        expect(addDuration(calendar, start, workingDays(days))).toBeLessThanOrEqual(oneAddition);
      }),
    );
  });
});
