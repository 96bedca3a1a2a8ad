import { describe, expect, it } from "vitest";
import { workingDays } from "../deadline/duration.ts";
import { nationalStatusCode } from "./national-status.ts";
import { allowedCommands, statusOf } from "./queries.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  inProcessing,
  newInput,
  receiveAtCounter,
  refusal,
  run,
  show,
  step,
} from "./test-support.ts";

const feePause = (amount = 500_000) =>
  cmd("pause", actors.specialist, { reason: "fees", proofRef: "tb-phi-01", feeAmount: amount });
const pay = (amount = 500_000) => cmd("record_payment", actors.job, { amount, reference: "BL-001" });

describe("pausing (PAU-1, PAU-3)", () => {
  it("PAU-3 worked example: 10 working days from Mon 09:00 with a 2-day fee pause → due two working days later", () => {
    let dossier = inProcessing();
    expect(show(statusOf(dossier, at("2026-03-02T10:00"), calendar).due ?? 0)).toBe("2026-03-16T09:00");
    dossier = run(dossier, feePause(), "2026-03-03T09:00");
    expect(dossier.status).toBe("paused");
    expect(nationalStatusCode(dossier)).toBe(6);
    dossier = run(dossier, pay(), "2026-03-05T08:00");
    dossier = run(dossier, cmd("resume", actors.job, {}), "2026-03-05T09:00");
    expect(dossier.status).toBe("in_processing");
    expect(show(statusOf(dossier, at("2026-03-05T09:00"), calendar).due ?? 0)).toBe("2026-03-18T09:00");
    expect(
      show(dossier.step ? (statusOf(dossier, at("2026-03-05T09:00"), calendar).step?.due ?? 0) : 0),
    ).toBe("2026-03-12T10:00");
  });

  it("PAU-1: a pause without a lawful reason is refused", () => {
    const error = refusal(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "officer_on_leave" as never, proofRef: "x" }),
      "2026-03-03T09:00",
    );
    expect(error).toMatchObject({ code: "PAUSE_REASON_NOT_LAWFUL", rule: "PAU-1" });
  });

  it("PAU-1: a pause without its proof document is refused", () => {
    const error = refusal(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "  " }),
      "2026-03-03T09:00",
    );
    expect(error).toMatchObject({ code: "PAUSE_PROOF_REQUIRED", rule: "PAU-1" });
  });

  it("PAU-1(c): a correction pause goes through the correction request (Mẫu 02)", () => {
    const error = refusal(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "correction_request" as never, proofRef: "x" }),
      "2026-03-03T09:00",
    );
    expect(error).toMatchObject({ code: "PAUSE_USE_CORRECTION_REQUEST", rule: "PRC-6" });
  });

  it("PAU-1(b): the fee notice needs an amount; resuming while unpaid is refused", () => {
    expect(refusal(inProcessing(), feePause(0), "2026-03-03T09:00")).toMatchObject({
      code: "PAUSE_FEE_AMOUNT_REQUIRED",
    });
    const paused = run(inProcessing(), feePause(), "2026-03-03T09:00");
    expect(refusal(paused, cmd("resume", actors.job, {}), "2026-03-04T09:00")).toMatchObject({
      code: "RESUME_FEES_UNPAID",
      rule: "PAU-1",
    });
    expect(allowedCommands(paused, actors.job, at("2026-03-04T09:00"), calendar)).not.toContain("resume");
  });

  it("PAU-1(a)/(d): resuming needs the receipt or the superior's answer; national code 8 while awaiting a superior", () => {
    const superior = run(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "to-trinh-5" }),
      "2026-03-03T09:00",
    );
    expect(nationalStatusCode(superior)).toBe(8);
    expect(refusal(superior, cmd("resume", actors.specialist, {}), "2026-03-04T09:00")).toMatchObject({
      code: "RESUME_PROOF_REQUIRED",
    });
    const resumed = run(
      superior,
      cmd("resume", actors.specialist, { proofRef: "y-kien-ubnd" }),
      "2026-03-04T09:00",
    );
    expect(resumed.pauses[0]).toMatchObject({ to: at("2026-03-04T09:00"), resumeRef: "y-kien-ubnd" });
    const land = run(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "land_financial_obligation", proofRef: "tb-thue" }),
      "2026-03-03T09:00",
    );
    expect(nationalStatusCode(land)).toBe(6);
  });

  it("PAU-1: the one-stop may pause a dossier it still holds; outsiders may not pause", () => {
    const received = receiveAtCounter("2026-03-02T09:00");
    expect(
      run(
        received,
        cmd("pause", actors.oneStop, { reason: "fees", proofRef: "tb", feeAmount: 1000 }),
        "2026-03-02T09:30",
      ).pauses[0]?.returnTo,
    ).toBe("received");
    expect(
      refusal(
        inProcessing(),
        cmd("pause", actors.outsider, { reason: "fees", proofRef: "tb", feeAmount: 1 }),
        "2026-03-03T09:00",
      ),
    ).toMatchObject({
      code: "ACTOR_NOT_ALLOWED",
      rule: "PAU-1",
    });
  });

  it("PAU-3: a dossier does not go overdue while paused (remaining time is frozen)", () => {
    const paused = run(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "t" }),
      "2026-03-13T09:00",
    );
    const later = statusOf(paused, at("2026-04-20T09:00"), calendar);
    expect(later).toMatchObject({ phase: "paused", overdue: false, remainingMinutes: 480 });
  });
});

describe("fee timeout (PAU-2)", () => {
  it("PAU-2: for a procedure of 10 working days or less, the refusal date is the last day of the processing time", () => {
    const paused = run(inProcessing(), feePause(), "2026-03-04T09:00");
    const deadline = paused.subDeadlines.find((entry) => entry.kind === "fee_payment");
    expect(show(deadline?.due ?? 0)).toBe("2026-03-16T09:00");
    expect(refusal(paused, cmd("fee_timeout", actors.job), "2026-03-16T08:59")).toMatchObject({
      code: "FEE_PERIOD_NOT_OVER",
      rule: "PAU-2",
    });
    const { dossier, events } = step(paused, cmd("fee_timeout", actors.job), "2026-03-17T02:00");
    expect(dossier).toMatchObject({
      status: "refused",
      refusal: { stage: "unpaid_fees", rule: "PAU-2", effectiveAt: at("2026-03-16T09:00") },
    });
    expect(dossier.finish).toMatchObject({ kind: "refusal", at: at("2026-03-16T09:00") });
    expect(dossier.finish?.outcome).not.toBe("late");
    expect(events[0]?.type).toBe("refused_for_unpaid_fees");
    expect(nationalStatusCode(dossier)).toBe(10);
  });

  it("PAU-2: for a longer procedure, 10 working days after the notice", () => {
    const input = newInput("2026-03-02T09:00");
    const dossier = inProcessing({ procedure: { ...input.procedure, processingTime: workingDays(20) } });
    const paused = run(dossier, feePause(), "2026-03-04T09:00");
    expect(show(paused.subDeadlines.find((entry) => entry.kind === "fee_payment")?.due ?? 0)).toBe(
      "2026-03-18T09:00",
    );
  });

  it("PAU-2: the fee period is reported overdue until the job refuses, and closed when paid in time", () => {
    const paused = run(inProcessing(), feePause(), "2026-03-04T09:00");
    expect(
      statusOf(paused, at("2026-03-16T10:00"), calendar).overdueSubDeadlines.map((entry) => entry.kind),
    ).toEqual(["fee_payment"]);
    const resumed = run(
      run(paused, pay(), "2026-03-05T09:00"),
      cmd("resume", actors.oneStop, {}),
      "2026-03-05T09:05",
    );
    expect(resumed.subDeadlines.find((entry) => entry.kind === "fee_payment")?.outcome).toBe("met");
  });
});
