import { describe, expect, it } from "vitest";
import { needsLateWarning } from "./phase.ts";
import { allowedCommands, statusOf } from "./queries.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  inProcessing,
  receiveAtCounter,
  refusal,
  run,
  show,
  throughToResult,
} from "./test-support.ts";

// inProcessing(): received Mon 02/03/2026 09:00, 10 working days → due Mon 16/03 09:00.
const apology = (newDue: string, reason = "Chờ kết quả đo đạc") =>
  cmd("issue_apology", actors.leader, { reason, newDue: at(newDue) });

describe("running late (PRC-7)", () => {
  it("PRC-7: the system may warn 2 working days ahead, not earlier, not once overdue", () => {
    const dossier = inProcessing();
    expect(needsLateWarning(dossier, at("2026-03-12T08:59"), calendar)).toBe(false);
    expect(needsLateWarning(dossier, at("2026-03-12T09:00"), calendar)).toBe(true);
    expect(needsLateWarning(dossier, at("2026-03-16T08:59"), calendar)).toBe(true);
    expect(needsLateWarning(dossier, at("2026-03-16T09:01"), calendar)).toBe(false);
    expect(statusOf(dossier, at("2026-03-12T09:00"), calendar)).toMatchObject({
      dueSoon: true,
      overdue: false,
    });
    expect(statusOf(dossier, at("2026-03-16T09:01"), calendar)).toMatchObject({
      dueSoon: false,
      overdue: true,
    });
  });

  it("PRC-7: the warning is recorded once per due date, by the system only", () => {
    const dossier = inProcessing();
    expect(refusal(dossier, cmd("warn_running_late", actors.oneStop), "2026-03-12T10:00")).toMatchObject({
      code: "ACTOR_NOT_ALLOWED",
    });
    expect(refusal(dossier, cmd("warn_running_late", actors.job), "2026-03-11T10:00")).toMatchObject({
      code: "LATE_WARNING_NOT_DUE",
    });
    const warned = run(dossier, cmd("warn_running_late", actors.job), "2026-03-12T10:00");
    expect(warned.lateWarnings).toEqual([{ at: at("2026-03-12T10:00"), due: at("2026-03-16T09:00") }]);
    expect(needsLateWarning(warned, at("2026-03-13T10:00"), calendar)).toBe(false);
    expect(refusal(warned, cmd("warn_running_late", actors.job), "2026-03-13T10:00")).toMatchObject({
      code: "LATE_WARNING_NOT_DUE",
    });
  });

  it("PRC-7: the apology (Mẫu 04) sets a new appointment once; the one-stop confirms it", () => {
    let dossier = run(inProcessing(), apology("2026-03-20T17:00"), "2026-03-13T09:00");
    expect(dossier.apology).toMatchObject({
      previousDue: at("2026-03-16T09:00"),
      newDue: at("2026-03-20T17:00"),
      confirmedAt: null,
    });
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-03-20T17:00");
    expect(statusOf(dossier, at("2026-03-13T09:00"), calendar)).toMatchObject({
      appointment: at("2026-03-20T17:00"),
      apologised: true,
    });
    expect(allowedCommands(dossier, actors.oneStop, at("2026-03-13T10:00"), calendar)).toContain(
      "confirm_new_appointment",
    );
    dossier = run(dossier, cmd("confirm_new_appointment", actors.oneStop), "2026-03-13T10:00");
    expect(dossier.apology?.confirmedBy).toEqual(actors.oneStop);
    expect(
      refusal(dossier, cmd("confirm_new_appointment", actors.oneStop), "2026-03-13T11:00"),
    ).toMatchObject({
      code: "APPOINTMENT_NOTHING_TO_CONFIRM",
    });
  });

  it("PRC-7: the apology never moves the statutory due; past it the dossier is overdue", () => {
    const dossier = run(inProcessing(), apology("2026-03-20T17:00"), "2026-03-13T09:00");
    expect(show(statusOf(dossier, at("2026-03-13T09:00"), calendar).due ?? 0)).toBe("2026-03-16T09:00");
    expect(statusOf(dossier, at("2026-03-17T09:00"), calendar)).toMatchObject({
      overdue: true,
      appointment: at("2026-03-20T17:00"),
    });
  });

  it("PRC-7: finished after the statutory due but before the new appointment is late, told apart as late with an apology", () => {
    const apologised = run(inProcessing(), apology("2026-03-20T17:00"), "2026-03-13T09:00");
    const atOneStop = throughToResult(apologised, { day: "2026-03-17" });
    expect(refusal(atOneStop, cmd("confirm_result", actors.oneStop), "2026-03-17T14:00")).toMatchObject({
      code: "LATENESS_REASON_REQUIRED",
    });
    const finished = run(
      atOneStop,
      cmd("confirm_result", actors.oneStop, { latenessReason: "Chờ kết quả đo đạc" }),
      "2026-03-17T14:00",
    );
    expect(finished.finish).toMatchObject({ outcome: "late", due: at("2026-03-16T09:00") });
    expect(statusOf(finished, at("2026-03-17T15:00"), calendar)).toMatchObject({
      apologised: true,
      finish: { outcome: "late" },
    });
  });

  it("PRC-7: the processing agency issues the apology, never the one-stop", () => {
    const dossier = inProcessing();
    expect(
      refusal(
        dossier,
        cmd("issue_apology", actors.oneStop, { reason: "Chậm", newDue: at("2026-03-20T17:00") }),
        "2026-03-10T09:00",
      ),
    ).toMatchObject({
      code: "APOLOGY_NOT_ISSUER",
      rule: "PRC-7",
    });
    expect(allowedCommands(dossier, actors.oneStop, at("2026-03-10T09:00"), calendar)).not.toContain(
      "issue_apology",
    );
    expect(
      allowedCommands(receiveAtCounter("2026-03-02T09:00"), actors.oneStop, at("2026-03-02T09:30"), calendar),
    ).not.toContain("issue_apology");
    expect(
      run(
        dossier,
        cmd("issue_apology", actors.specialist, { reason: "Chậm", newDue: at("2026-03-20T17:00") }),
        "2026-03-10T09:00",
      ).apology?.by,
    ).toEqual(actors.specialist);
  });

  it("PRC-7: a second extension is refused", () => {
    const dossier = run(inProcessing(), apology("2026-03-20T17:00"), "2026-03-10T09:00");
    expect(refusal(dossier, apology("2026-03-27T17:00"), "2026-03-11T09:00")).toMatchObject({
      code: "APOLOGY_ALREADY_ISSUED",
      rule: "PRC-7",
    });
  });

  it("PRC-7: an apology later than 1 working day before the due date is refused", () => {
    expect(refusal(inProcessing(), apology("2026-03-20T17:00"), "2026-03-13T09:01")).toMatchObject({
      code: "CLOCK_EXTENSION_TOO_LATE",
      rule: "PRC-7",
    });
    expect(allowedCommands(inProcessing(), actors.leader, at("2026-03-13T09:01"), calendar)).not.toContain(
      "issue_apology",
    );
  });

  it("PRC-7: the new date must be later, with a reason; not while paused", () => {
    expect(refusal(inProcessing(), apology("2026-03-13T09:00"), "2026-03-10T09:00")).toMatchObject({
      code: "CLOCK_EXTENSION_NOT_LATER",
    });
    expect(refusal(inProcessing(), apology("2026-03-20T09:00", ""), "2026-03-10T09:00")).toMatchObject({
      code: "DOSSIER_FIELD_REQUIRED",
    });
    const paused = run(
      inProcessing(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "t" }),
      "2026-03-04T09:00",
    );
    expect(refusal(paused, apology("2026-03-27T09:00"), "2026-03-05T09:00")).toMatchObject({
      code: "DOSSIER_STATUS_NOT_ALLOWED",
      rule: "PRC-7",
    });
  });

  it("PRC-7: after an apology the warning stays tied to the statutory due, given once", () => {
    const dossier = run(
      run(inProcessing(), cmd("warn_running_late", actors.job), "2026-03-12T10:00"),
      apology("2026-03-25T17:00"),
      "2026-03-12T11:00",
    );
    expect(needsLateWarning(dossier, at("2026-03-13T10:00"), calendar)).toBe(false);
    expect(needsLateWarning(dossier, at("2026-03-23T17:00"), calendar)).toBe(false);
  });
});

describe("late finish needs a reason (PRC-8)", () => {
  const lateAtOneStop = () => throughToResult(inProcessing(), { day: "2026-03-17" });

  it("PRC-8: finishing late without a reason is refused", () => {
    const error = refusal(lateAtOneStop(), cmd("confirm_result", actors.oneStop), "2026-03-17T14:00");
    expect(error).toMatchObject({ code: "LATENESS_REASON_REQUIRED", rule: "PRC-8" });
  });

  it("PRC-8: with the reason recorded before, or given with the confirmation, the late finish is accepted", () => {
    const recorded = run(
      lateAtOneStop(),
      cmd("record_lateness_reason", actors.oneStop, { reason: "Chờ ý kiến liên ngành" }),
      "2026-03-17T13:00",
    );
    expect(run(recorded, cmd("confirm_result", actors.oneStop), "2026-03-17T14:00").finish).toMatchObject({
      outcome: "late",
    });
    const inline = run(
      lateAtOneStop(),
      cmd("confirm_result", actors.oneStop, { latenessReason: "Hệ thống lỗi" }),
      "2026-03-17T14:00",
    );
    expect(inline.latenessReason).toMatchObject({ reason: "Hệ thống lỗi", by: actors.oneStop });
  });

  it("PRC-8: a late refusal after review needs the reason too", () => {
    const error = refusal(
      inProcessing(),
      cmd("refuse_after_review", actors.specialist, { reason: "Không đủ điều kiện" }),
      "2026-03-17T09:00",
    );
    expect(error).toMatchObject({ code: "LATENESS_REASON_REQUIRED" });
    const refused = run(
      inProcessing(),
      cmd("refuse_after_review", actors.specialist, {
        reason: "Không đủ điều kiện",
        latenessReason: "Chờ xác minh",
      }),
      "2026-03-17T09:00",
    );
    expect(refused).toMatchObject({ status: "refused", finish: { kind: "refusal", outcome: "late" } });
  });
});
