import { describe, expect, it } from "vitest";
import { replay } from "./evolve.ts";
import { dossierInvariantViolations } from "./invariants.ts";
import { nationalStatusCode } from "./national-status.ts";
import { allowedCommands, controlSlipRows, statusOf } from "./queries.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  counterReception,
  Journal,
  onlineSubmission,
  resultTimesOn,
  show,
  toResult,
} from "./test-support.ts";

describe("the whole lifecycle", () => {
  it("REC-2, PRC-2, RES-1, RES-4: counter reception to return at the counter", () => {
    const journal = new Journal();
    const received = journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    expect(received.status).toBe("received");
    expect(received.code).toBe("000.00.06.H56-260302-0001");
    expect(show(received.clock?.appointment ?? 0)).toBe("2026-03-16T09:00");
    expect(nationalStatusCode(received)).toBe(2);

    journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
    journal.run(cmd("assign", actors.unitHead, { officerId: "sp-a" }), "2026-03-02T10:30");
    const times = {
      handOver: "2026-03-06T15:00",
      submit: "2026-03-09T09:00",
      approve: "2026-03-10T09:00",
      upload: "2026-03-10T10:00",
      send: "2026-03-10T11:00",
    };
    journal.runAll(toResult(times, { documentNumber: "15/GPXD", fileRef: "s3://kq/15.pdf" }));
    const ready = journal.run(cmd("confirm_result", actors.oneStop), "2026-03-10T14:00");
    expect(ready.status).toBe("result_ready");
    expect(ready.finish).toMatchObject({ kind: "result", outcome: "early" });
    const returned = journal.run(cmd("return_result", actors.oneStop), "2026-03-11T08:00");
    expect(returned.status).toBe("returned");
    expect(nationalStatusCode(returned)).toBe(10);
    expect(returned.version).toBe(10);
    expect(replay(journal.events)).toEqual(returned);
    expect(dossierInvariantViolations(returned)).toEqual([]);
    expect(controlSlipRows(returned).map((row) => [row.giver.kind, row.receiver.kind, row.outcome])).toEqual([
      ["one_stop", "step", null],
      ["step", "step", "early"],
      ["step", "leader", "early"],
      ["leader", "one_stop", "early"],
    ]);
    expect(allowedCommands(returned, actors.oneStop, at("2026-03-12T08:00"), calendar)).toEqual([]);
    expect(statusOf(returned, at("2026-03-12T08:00"), calendar)).toMatchObject({
      phase: "ended",
      overdue: false,
    });
  });
});

describe("online, electronic result", () => {
  it("REC-3, REC-4, RES-3: submitted online, accepted, returned electronically into the data store", () => {
    const journal = new Journal();
    const submission = onlineSubmission(
      "2026-03-02T20:00",
      { resultDelivery: "electronic" },
      { eFormRef: "eform-42", signature: null },
    );
    journal.run(submission, "2026-03-02T20:00");
    expect(nationalStatusCode(journal.current)).toBe(1);
    expect(journal.current.clock).toBeNull();
    const accepted = journal.run(cmd("accept_online", actors.oneStop), "2026-03-03T09:00");
    expect(show(accepted.clock?.appointment ?? 0)).toBe("2026-03-17T09:00");
    journal.run(cmd("hand_over", actors.oneStop), "2026-03-03T09:30");
    journal.runAll(toResult(resultTimesOn("2026-03-05"), { documentNumber: "1/GP", fileRef: "kq.pdf" }));
    journal.run(cmd("confirm_result", actors.oneStop), "2026-03-05T13:00");
    const { dossier, events } = {
      dossier: journal.run(cmd("return_result", actors.oneStop), "2026-03-05T13:05"),
      events: journal.events,
    };
    expect(dossier.delivery).toMatchObject({ method: "electronic" });
    expect(events.at(-1)).toMatchObject({
      type: "result_returned",
      rule: "RES-3",
      payload: { storeInDataStore: true },
    });
    expect(replay(events)).toEqual(dossier);
    expect(JSON.parse(JSON.stringify(dossier))).toStrictEqual(dossier);
  });
});
