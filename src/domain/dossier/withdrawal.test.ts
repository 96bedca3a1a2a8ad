import { describe, expect, it } from "vitest";
import { isPaused } from "../deadline/clock.ts";
import { nationalStatusCode } from "./national-status.ts";
import { statusOf } from "./queries.ts";
import { overdueSubDeadlines } from "./sub-deadlines.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  inProcessing,
  receiveAtCounter,
  refusal,
  resultAtOneStop,
  run,
  show,
  submitOnline,
} from "./test-support.ts";

const byLetter = (reason = "Không còn nhu cầu") =>
  cmd("request_withdrawal", actors.oneStop, { reason, letterRef: "don-rut.pdf" });

describe("withdrawal (WDR)", () => {
  it("WDR-1: the applicant asks online with a reason; a paper request needs the scanned letter", () => {
    const online = run(
      run(submitOnline("2026-03-02T09:00"), cmd("accept_online", actors.oneStop), "2026-03-02T10:00"),
      cmd("request_withdrawal", actors.citizen, { reason: "Đổi ý" }),
      "2026-03-03T09:00",
    );
    expect(online.withdrawals[0]).toMatchObject({ channel: "online", letterRef: null, returnTo: "received" });
    expect(nationalStatusCode(online)).toBe(7);
    expect(
      refusal(inProcessing(), cmd("request_withdrawal", actors.oneStop, { reason: "x" }), "2026-03-03T09:00"),
    ).toMatchObject({
      code: "WITHDRAWAL_LETTER_REQUIRED",
      rule: "WDR-1",
    });
    expect(refusal(inProcessing(), byLetter(" "), "2026-03-03T09:00")).toMatchObject({
      code: "DOSSIER_FIELD_REQUIRED",
      rule: "WDR-1",
    });
    expect(
      refusal(inProcessing(), cmd("request_withdrawal", actors.citizen, { reason: "x" }), "2026-03-03T09:00"),
    ).toMatchObject({
      code: "ACTOR_NOT_ONE_STOP",
    });
  });

  it("WDR-2: the one-stop forwards within 0.5 working day; the overdue duty is reported", () => {
    const requested = run(inProcessing(), byLetter(), "2026-03-03T10:00");
    const forward = requested.subDeadlines.find((entry) => entry.kind === "withdrawal_forward");
    expect(show(forward?.due ?? 0)).toBe("2026-03-03T15:30");
    expect(overdueSubDeadlines(requested, at("2026-03-03T15:31")).map((entry) => entry.rule)).toEqual([
      "WDR-2",
    ]);
    const forwarded = run(requested, cmd("forward_withdrawal", actors.oneStop), "2026-03-03T16:00");
    expect(forwarded.subDeadlines.find((entry) => entry.kind === "withdrawal_forward")?.outcome).toBe("late");
    expect(show(forwarded.subDeadlines.find((entry) => entry.kind === "withdrawal_decision")?.due ?? 0)).toBe(
      "2026-03-04T16:00",
    );
  });

  it("WDR-3: without a result the agency allows it; the dossier ends if the papers are not wanted back", () => {
    const forwarded = run(
      run(inProcessing(), byLetter(), "2026-03-03T10:00"),
      cmd("forward_withdrawal", actors.oneStop),
      "2026-03-03T11:00",
    );
    expect(
      refusal(forwarded, cmd("reject_withdrawal", actors.specialist, { reason: "x" }), "2026-03-03T14:00"),
    ).toMatchObject({
      code: "WITHDRAWAL_MUST_BE_ALLOWED",
      rule: "WDR-3",
    });
    expect(
      refusal(forwarded, cmd("allow_withdrawal", actors.oneStop, { papersBack: false }), "2026-03-03T14:00"),
    ).toMatchObject({
      code: "ACTOR_NOT_AGENCY_OFFICER",
    });
    const ended = run(
      forwarded,
      cmd("allow_withdrawal", actors.specialist, { papersBack: false }),
      "2026-03-03T14:00",
    );
    expect(ended).toMatchObject({ status: "withdrawn", closedAt: at("2026-03-03T14:00") });
    expect(ended.withdrawals[0]).toMatchObject({
      decision: { allowed: true, papersBack: false },
      endedAt: at("2026-03-03T14:00"),
    });
    expect(statusOf(ended, at("2026-04-01T09:00"), calendar)).toMatchObject({
      phase: "ended",
      overdueSubDeadlines: [],
    });
  });

  it("WDR-4: papers back: the agency sends them within 1 working day, the one-stop ends the dossier on receipt", () => {
    let dossier = run(
      run(inProcessing(), byLetter(), "2026-03-03T10:00"),
      cmd("forward_withdrawal", actors.oneStop),
      "2026-03-03T11:00",
    );
    dossier = run(dossier, cmd("allow_withdrawal", actors.leader, { papersBack: true }), "2026-03-03T14:00");
    expect(dossier.status).toBe("withdrawal_allowed");
    expect(show(dossier.subDeadlines.find((entry) => entry.kind === "withdrawal_papers")?.due ?? 0)).toBe(
      "2026-03-04T14:00",
    );
    expect(refusal(dossier, cmd("end_withdrawal", actors.oneStop), "2026-03-04T09:00")).toMatchObject({
      code: "DOSSIER_STATUS_NOT_ALLOWED",
    });
    dossier = run(dossier, cmd("send_papers_back", actors.specialist), "2026-03-04T09:00");
    dossier = run(dossier, cmd("end_withdrawal", actors.oneStop), "2026-03-04T10:00");
    expect(dossier).toMatchObject({ status: "withdrawn", closedAt: at("2026-03-04T10:00") });
    expect(dossier.subDeadlines.every((entry) => entry.outcome === "met" || entry.outcome === "lapsed")).toBe(
      true,
    );
  });

  it("WDR-4: a dossier still at the one-stop has its papers there already", () => {
    let dossier = run(receiveAtCounter("2026-03-02T09:00"), byLetter(), "2026-03-02T09:30");
    dossier = run(dossier, cmd("forward_withdrawal", actors.oneStop), "2026-03-02T09:40");
    dossier = run(dossier, cmd("allow_withdrawal", actors.oneStop, { papersBack: true }), "2026-03-02T09:50");
    expect(dossier.status).toBe("withdrawal_papers_returned");
    expect(run(dossier, cmd("end_withdrawal", actors.oneStop), "2026-03-02T10:00").status).toBe("withdrawn");
  });

  it("WDR-3: with a result the withdrawal is rejected and the dossier goes back", () => {
    let dossier = run(resultAtOneStop(), byLetter(), "2026-03-09T13:00");
    dossier = run(dossier, cmd("forward_withdrawal", actors.oneStop), "2026-03-09T13:10");
    expect(
      refusal(dossier, cmd("allow_withdrawal", actors.leader, { papersBack: false }), "2026-03-09T14:00"),
    ).toMatchObject({
      code: "WITHDRAWAL_HAS_RESULT",
    });
    dossier = run(
      dossier,
      cmd("reject_withdrawal", actors.leader, { reason: "Đã có kết quả" }),
      "2026-03-09T14:00",
    );
    expect(dossier.status).toBe("result_at_one_stop");
  });

  it("WDR: a withdrawal of a paused dossier that ends leaves no open pause", () => {
    let dossier = run(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "t" }),
      "2026-03-03T09:00",
    );
    dossier = run(dossier, byLetter(), "2026-03-03T10:00");
    dossier = run(dossier, cmd("forward_withdrawal", actors.oneStop), "2026-03-03T10:10");
    dossier = run(
      dossier,
      cmd("allow_withdrawal", actors.specialist, { papersBack: false }),
      "2026-03-03T10:20",
    );
    expect(dossier.pauses[0]?.to).toBe(at("2026-03-03T10:20"));
    expect(isPaused(dossier.clock as never)).toBe(false);
  });
});
