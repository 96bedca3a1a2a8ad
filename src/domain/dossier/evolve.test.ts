import { describe, expect, it } from "vitest";
import type { DossierEvent } from "./events.ts";
import { evolve, replay } from "./evolve.ts";
import { dossierInvariantViolations } from "./invariants.ts";
import { actors, cmd, counterReception, inProcessing, Journal } from "./test-support.ts";

function history(): DossierEvent[] {
  const journal = new Journal();
  journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
  journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
  journal.run(
    cmd("pause", actors.specialist, { reason: "fees", proofRef: "tb", feeAmount: 10_000 }),
    "2026-03-03T10:00",
  );
  journal.run(cmd("record_payment", actors.job, { amount: 10_000, reference: "BL-1" }), "2026-03-04T10:00");
  journal.run(cmd("resume", actors.job, {}), "2026-03-04T10:05");
  return journal.events;
}

describe("history (replay)", () => {
  it("SEC-2: replaying the events gives the dossier; events are JSON and survive a round trip", () => {
    const events = history();
    const fromJson = JSON.parse(JSON.stringify(events)) as DossierEvent[];
    expect(replay(fromJson)).toEqual(replay(events));
    expect(replay(events).version).toBe(5);
    expect(events.map((event) => [event.version, event.type, event.rule])).toEqual([
      [1, "dossier_received", "REC-2"],
      [2, "handed_over", "PRC-2"],
      [3, "paused", "PAU-2"],
      [4, "payment_recorded", "PAY-1"],
      [5, "resumed", "PAU-3"],
    ]);
  });

  it("SEC-2: a gap, a foreign event, time going back or an unknown event is refused", () => {
    const events = history();
    const [first, second, third] = events as [DossierEvent, DossierEvent, DossierEvent];
    expect(() => replay([first, third])).toThrow(
      expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }),
    );
    expect(() => replay([second])).toThrow(expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }));
    expect(() => replay([first, { ...second, dossierId: "other" }])).toThrow(
      expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }),
    );
    expect(() => replay([first, { ...second, at: first.at - 1 }])).toThrow(
      expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }),
    );
    expect(() => evolve(replay([first]), { ...second, type: "teleported" } as never)).toThrow(
      expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }),
    );
    expect(() => replay([])).toThrow(expect.objectContaining({ code: "DOSSIER_HISTORY_INVALID" }));
  });
});

describe("invariants", () => {
  it("the checker finds a broken dossier (second return, lawless pause, open pause in processing)", () => {
    const dossier = inProcessing();
    expect(dossierInvariantViolations(dossier)).toEqual([]);
    const broken = {
      ...dossier,
      counters: { ...dossier.counters, supplementReturns: 2 },
      pauses: [
        {
          reason: "holiday" as never,
          proofRef: "",
          by: actors.specialist,
          from: 0,
          to: null,
          resumeRef: null,
          returnTo: "in_processing" as const,
        },
      ],
    };
    expect(dossierInvariantViolations(broken)).toEqual(
      expect.arrayContaining([
        "PRC-5 counter mismatch",
        "PRC-5: more than one return for supplement",
        "PAU-1: unlawful pause reason holiday",
        "PAU-1: pause without proof",
        "clock pause and pause records disagree",
        "open pause in status in_processing",
      ]),
    );
  });
});
