import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
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
  submitOnline,
} from "./test-support.ts";
import { transition } from "./transition.ts";

describe("the actions allowed now (PRC-9)", () => {
  it("PRC-9: the one-stop sees its actions on a received counter dossier", () => {
    const dossier = receiveAtCounter("2026-03-02T09:00");
    expect(allowedCommands(dossier, actors.oneStop, at("2026-03-02T09:30"), calendar)).toEqual([
      "hand_over",
      "pause",
      "request_withdrawal",
      "request_cancellation",
    ]);
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-02T09:30"), calendar)).toEqual([]);
  });

  it("PRC-9: at a step, the step's officer, the unit head and the leader each see their own actions", () => {
    const dossier = inProcessing();
    const now = at("2026-03-03T09:00");
    expect(allowedCommands(dossier, actors.specialist, now, calendar)).toEqual([
      "hand_over",
      "request_consultation",
      "return_for_supplement",
      "request_correction",
      "pause",
      "issue_apology",
      "refuse_after_review",
    ]);
    expect(allowedCommands(dossier, actors.unitHead, now, calendar)).toEqual(["assign", "issue_apology"]);
    expect(allowedCommands(dossier, actors.leader, now, calendar)).toContain("assign");
    expect(allowedCommands(dossier, actors.outsider, now, calendar)).toEqual([]);
    expect(allowedCommands(dossier, actors.citizen, now, calendar)).toEqual([]);
  });

  it("PRC-9: the online applicant may supplement and withdraw their own dossier only", () => {
    const online = run(
      submitOnline("2026-03-02T09:00"),
      cmd("request_online_supplement", actors.oneStop, { reason: "Thiếu", items: ["x"] }),
      "2026-03-02T10:00",
    );
    expect(allowedCommands(online, actors.citizen, at("2026-03-02T11:00"), calendar)).toEqual([
      "receive_supplement",
      "request_withdrawal",
    ]);
    expect(allowedCommands(online, actors.otherCitizen, at("2026-03-02T11:00"), calendar)).toEqual([]);
  });

  it("nothing is allowed before the last event (time goes forward)", () => {
    expect(allowedCommands(inProcessing(), actors.specialist, at("2026-03-02T09:59"), calendar)).toEqual([]);
    expect(refusal(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-02T09:59")).toMatchObject({
      code: "DOSSIER_TIME_ORDER",
    });
  });
});

describe("status (statusOf)", () => {
  it("CAL-9: remaining working time, overdue, the step's own due", () => {
    const dossier = inProcessing();
    const view = statusOf(dossier, at("2026-03-13T09:00"), calendar);
    expect(view).toMatchObject({
      status: "in_processing",
      label: "Đang xử lý",
      nationalCode: 4,
      phase: "running",
      remainingMinutes: 480,
      overdue: false,
      dueSoon: true,
    });
    expect(show(view.appointment ?? 0)).toBe("2026-03-16T09:00");
    expect(view.step).toMatchObject({ index: 0, name: "Thẩm định hồ sơ", overdue: true });
    expect(statusOf(dossier, at("2026-03-16T10:00"), calendar)).toMatchObject({
      overdue: true,
      remainingMinutes: -60,
    });
  });

  it("an online dossier's clock has not started before acceptance", () => {
    expect(statusOf(submitOnline("2026-03-02T09:00"), at("2026-03-02T10:00"), calendar)).toMatchObject({
      phase: "not_started",
      due: null,
      remainingMinutes: null,
    });
  });
});

describe("transition()", () => {
  it("returns the refusal instead of throwing; refuses an unknown command or an invalid instant", () => {
    const dossier = inProcessing();
    expect(
      transition(
        dossier,
        { type: "teleport", actor: actors.leader } as never,
        at("2026-03-03T09:00"),
        calendar,
      ),
    ).toMatchObject({
      code: "DOSSIER_COMMAND_UNKNOWN",
    });
    const invalid = transition(dossier, cmd("hand_over", actors.specialist), Number.NaN, calendar);
    expect(invalid).toBeInstanceOf(DomainError);
    expect(invalid).toMatchObject({ code: "TIME_INVALID" });
  });
});
