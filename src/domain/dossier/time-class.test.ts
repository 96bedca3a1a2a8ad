import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyFinish, dueAt } from "../deadline/clock.ts";
import { statusOf } from "./queries.ts";
import { at, calendar, inProcessing, receiveAtCounter, submitOnline } from "./test-support.ts";
import { inboxTimeOf } from "./time-class.ts";

const HOUR = 3_600_000;

describe("one classification of a dossier's time (CAL-9)", () => {
  const dossier = inProcessing();
  const clock = dossier.clock as NonNullable<typeof dossier.clock>;
  const due = dueAt(calendar, clock);

  it("CAL-9: an open dossier is overdue exactly when finishing now would be late", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5 * 24 * HOUR, max: 5 * 24 * HOUR }), (offset) => {
        const now = Math.max(dossier.lastEventAt, due + offset);
        expect(statusOf(dossier, now, calendar).overdue).toBe(
          classifyFinish(calendar, clock, now) === "late",
        );
      }),
    );
  });

  it("CAL-9: right after a due at the close of a working period it is overdue, though no working time has passed", () => {
    // Received at the close of the morning's working period: its due falls at a close too.
    const morning = at("2026-03-02T09:00");
    let close = morning;
    while (calendar.workingMsBetween(morning, close + 60_000) > calendar.workingMsBetween(morning, close))
      close += 60_000;
    const received = receiveAtCounter(new Date(close + 7 * HOUR).toISOString().slice(0, 16));
    const receivedDue = dueAt(calendar, received.clock as NonNullable<typeof received.clock>);
    const after = receivedDue + 30 * 60_000;
    expect(calendar.workingMsBetween(receivedDue, after)).toBe(0);
    const time = inboxTimeOf(received, after, calendar);
    expect(time.timeClass).toBe("overdue");
    expect(Math.abs(time.remainingMinutes ?? Number.NaN)).toBe(0);
  });

  it("REC-3: an online dossier not accepted within 8 working hours is overdue acceptance", () => {
    const online = submitOnline("2026-03-02T09:00");
    const acceptanceDue = calendar.addWorkingMs(at("2026-03-02T09:00"), 8 * HOUR);
    expect(inboxTimeOf(online, acceptanceDue - HOUR, calendar)).toMatchObject({
      timeClass: "due_soon",
      acceptance: { warning: true, late: false },
    });
    expect(inboxTimeOf(online, acceptanceDue + 1, calendar)).toMatchObject({
      timeClass: "overdue",
      acceptance: { warning: false, late: true },
    });
  });
});
