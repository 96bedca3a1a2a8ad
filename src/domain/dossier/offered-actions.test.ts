import { describe, expect, it } from "vitest";
import { allowedCommands } from "./queries.ts";
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
} from "./test-support.ts";

/** Actions that cannot apply are neither offered (allowedCommands) nor accepted when forced. */
describe("actions offered only when they can apply", () => {
  const payment = cmd("record_payment", actors.oneStop, { amount: 200_000, reference: "BL-1" });

  it("PAY-1: no payment is recorded on a fee-free dossier, nor once the fees are paid in full", () => {
    const feeFree = receiveAtCounter("2026-03-02T09:00");
    expect(allowedCommands(feeFree, actors.oneStop, at("2026-03-02T09:30"), calendar)).not.toContain(
      "record_payment",
    );
    expect(refusal(feeFree, payment, "2026-03-02T09:30")).toMatchObject({
      code: "FEES_NOTHING_OUTSTANDING",
      rule: "PAY-1",
    });
    const withFees = receiveAtCounter("2026-03-02T09:00", { feesDue: 200_000 });
    expect(allowedCommands(withFees, actors.oneStop, at("2026-03-02T09:30"), calendar)).toContain(
      "record_payment",
    );
    const paid = run(withFees, payment, "2026-03-02T09:30");
    expect(allowedCommands(paid, actors.oneStop, at("2026-03-02T10:00"), calendar)).not.toContain(
      "record_payment",
    );
  });

  it("PRC-8: a lateness reason is offered only once the dossier is overdue or due soon", () => {
    const dossier = inProcessing();
    const reason = cmd("record_lateness_reason", actors.specialist, { reason: "Chờ ý kiến" });
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-03T09:00"), calendar)).not.toContain(
      "record_lateness_reason",
    );
    expect(refusal(dossier, reason, "2026-03-03T09:00")).toMatchObject({
      code: "LATENESS_REASON_NOT_LATE",
      rule: "PRC-8",
    });
    // Due Mon 16/03 09:00: within the 2-working-day warning period on Thu 12/03, overdue on 17/03.
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-12T10:00"), calendar)).toContain(
      "record_lateness_reason",
    );
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-17T10:00"), calendar)).toContain(
      "record_lateness_reason",
    );
  });

  it("PRC-7: the specialist who has handed the dossier on no longer issues the apology", () => {
    const handedOn = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-03T09:00");
    expect(allowedCommands(handedOn, actors.specialist, at("2026-03-04T09:00"), calendar)).not.toContain(
      "issue_apology",
    );
    const apology = cmd("issue_apology", actors.specialist, {
      reason: "Chậm",
      newDue: at("2026-03-20T17:00"),
    });
    expect(refusal(handedOn, apology, "2026-03-04T09:00")).toMatchObject({
      code: "APOLOGY_NOT_ISSUER",
      rule: "PRC-7",
    });
    expect(allowedCommands(handedOn, actors.unitHead, at("2026-03-04T09:00"), calendar)).toContain(
      "issue_apology",
    );
    expect(allowedCommands(handedOn, actors.leader, at("2026-03-04T09:00"), calendar)).toContain(
      "issue_apology",
    );
  });

  it("CAN-1: a returned or withdrawn counter dossier is not cancelled (a test dossier still is)", () => {
    const ready = run(resultAtOneStop(), cmd("confirm_result", actors.oneStop), "2026-03-10T08:00");
    const returned = run(ready, cmd("return_result", actors.oneStop), "2026-03-10T09:00");
    const cancel = cmd("request_cancellation", actors.oneStop, {
      ground: "duplicate",
      reason: "Nhập trùng",
      duplicateCodes: ["000.00.06.H56-260302-0002"],
    });
    expect(allowedCommands(returned, actors.oneStop, at("2026-03-11T09:00"), calendar)).not.toContain(
      "request_cancellation",
    );
    expect(refusal(returned, cancel, "2026-03-11T09:00")).toMatchObject({
      code: "DOSSIER_STATUS_NOT_ALLOWED",
      rule: "CAN-1",
    });
    let withdrawn = run(
      receiveAtCounter("2026-03-02T09:00"),
      cmd("request_withdrawal", actors.oneStop, { reason: "Không còn nhu cầu", letterRef: "don.pdf" }),
      "2026-03-02T09:30",
    );
    withdrawn = run(withdrawn, cmd("forward_withdrawal", actors.oneStop), "2026-03-02T09:40");
    withdrawn = run(
      withdrawn,
      cmd("allow_withdrawal", actors.oneStop, { papersBack: false }),
      "2026-03-02T09:50",
    );
    expect(withdrawn.status).toBe("withdrawn");
    expect(allowedCommands(withdrawn, actors.oneStop, at("2026-03-02T10:00"), calendar)).not.toContain(
      "request_cancellation",
    );
    const test = run(
      resultAtOneStop({ test: { assignmentRef: "QD-KT-05" } }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-10T08:00",
    );
    const returnedTest = run(test, cmd("return_result", actors.oneStop), "2026-03-10T09:00");
    expect(allowedCommands(returnedTest, actors.oneStop, at("2026-03-11T09:00"), calendar)).toContain(
      "request_cancellation",
    );
  });
});
