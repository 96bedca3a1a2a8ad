import { describe, expect, it } from "vitest";
import { LATE_ENTRY_MAX_DAYS, receptionInstant } from "./late-entry.ts";
import { at, counterReception, refusal, show, step } from "./test-support.ts";

/** Received on paper on Friday 06/03/2026 at 09:00, entered on Monday 09/03/2026 at 08:00. */
const REAL = "2026-03-06T09:00";
const ENTERED = "2026-03-09T08:00";

function lateReception(kind: "outage" | "off_site", real = REAL, overrides = {}) {
  return { ...counterReception(real, overrides), lateEntry: { kind, receivedAt: at(real) } };
}

describe("a reception entered afterwards with its real time (SEC-4, REC-6)", () => {
  it("SEC-4: the dossier is received at the real time; the event is dated when it is entered, by whom", () => {
    const { dossier, events } = step(null, lateReception("outage"), ENTERED);
    expect(show(dossier.receivedAt ?? 0)).toBe(REAL);
    expect(show(dossier.submittedAt)).toBe(REAL);
    expect(dossier.code).toMatch(/-260306-0001$/);
    expect(show(dossier.createdAt)).toBe(ENTERED);
    const [event] = events;
    expect(show(event?.at ?? 0)).toBe(ENTERED);
    expect(event?.actor).toEqual(counterReception(REAL).actor);
    expect(event?.payload).toMatchObject({ lateEntry: { kind: "outage", receivedAt: at(REAL) } });
  });

  it("SEC-4 + CAL-7: the appointment runs from the real reception time, not from the entry", () => {
    const { dossier } = step(null, lateReception("outage"), ENTERED);
    // 10 working days from Fri 06/03 09:00 (as received at the counter that day).
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-03-20T09:00");
  });

  it("REC-6: an off-site reception is entered the same way; a refusal there is dated when it happened", () => {
    const command = {
      ...lateReception("off_site"),
      outcome: { kind: "refused", reason: "Không đủ điều kiện" },
    };
    const { dossier, events } = step(null, command as never, ENTERED);
    expect(dossier.status).toBe("refused_at_reception");
    expect(show(dossier.refusal?.at ?? 0)).toBe(REAL);
    expect(events[0]?.payload).toMatchObject({ lateEntry: { kind: "off_site" } });
  });

  it("SEC-4: a reception time after the entry is refused", () => {
    const future = {
      ...counterReception(ENTERED),
      lateEntry: { kind: "outage", receivedAt: at(ENTERED) + 60_000 },
    };
    expect(refusal(null, future as never, ENTERED)).toMatchObject({
      code: "LATE_ENTRY_IN_FUTURE",
      rule: "SEC-4",
    });
  });

  it(`SEC-4: a reception more than ${LATE_ENTRY_MAX_DAYS} days before the entry is refused`, () => {
    const old = lateReception("outage", "2026-02-06T09:00");
    expect(refusal(null, old, "2026-03-09T09:01")).toMatchObject({
      code: "LATE_ENTRY_TOO_OLD",
      rule: "SEC-4",
    });
    expect(step(null, lateReception("outage", "2026-02-07T09:00"), "2026-03-09T09:00").dossier.status).toBe(
      "received",
    );
  });

  it("SEC-4: an unknown reason is refused; without a late entry the reception is now", () => {
    const odd = { ...counterReception(REAL), lateEntry: { kind: "later", receivedAt: at(REAL) } };
    expect(refusal(null, odd as never, ENTERED)).toMatchObject({ code: "LATE_ENTRY_KIND_INVALID" });
    expect(receptionInstant(null, at(ENTERED))).toBe(at(ENTERED));
  });

  it("CODE-1: a late entry's code must carry the real reception date, not the day it is entered", () => {
    const wrongDay = { ...counterReception(ENTERED), lateEntry: { kind: "outage", receivedAt: at(REAL) } };
    expect(refusal(null, wrongDay as never, ENTERED)).toMatchObject({ code: "DOSSIER_CODE_MISMATCH" });
  });
});
