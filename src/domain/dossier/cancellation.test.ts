import { describe, expect, it } from "vitest";
import { duplicateCodesRefusal, sameApplicant } from "./commands/request-cancellation.ts";
import { nationalStatusCode } from "./national-status.ts";
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

const duplicate = (codes = ["000.00.06.H56-260302-0002"]) =>
  cmd("request_cancellation", actors.oneStop, {
    ground: "duplicate",
    reason: "Nhập trùng",
    duplicateCodes: codes,
  });

describe("cancellation (CAN)", () => {
  it("CAN-1: cancellation of a normal online dossier is refused", () => {
    const online = run(
      submitOnline("2026-03-02T09:00"),
      cmd("accept_online", actors.oneStop),
      "2026-03-02T10:00",
    );
    expect(refusal(online, duplicate(), "2026-03-02T11:00")).toMatchObject({
      code: "CANCELLATION_NOT_TEST_DOSSIER",
      rule: "CAN-1",
    });
    expect(allowedCommands(online, actors.oneStop, at("2026-03-02T11:00"), calendar)).not.toContain(
      "request_cancellation",
    );
  });

  it("CAN-1: a test dossier is cancelled with its testing assignment, whatever its channel", () => {
    const test = submitOnline("2026-03-02T09:00", { test: { assignmentRef: "QD-KT-05" } });
    const requested = run(
      test,
      cmd("request_cancellation", actors.oneStop, { ground: "test", reason: "Kiểm thử quy trình" }),
      "2026-03-02T10:00",
    );
    expect(requested.cancellations[0]).toMatchObject({
      ground: "test",
      testingAssignmentRef: "QD-KT-05",
      returnTo: "awaiting_acceptance",
    });
    expect(
      refusal(
        receiveAtCounter("2026-03-02T09:00"),
        cmd("request_cancellation", actors.oneStop, { ground: "test", reason: "x" }),
        "2026-03-02T10:00",
      ),
    ).toMatchObject({
      code: "CANCELLATION_NOT_TEST_DOSSIER",
    });
  });

  it("CAN-1/CAN-2: a duplicate counter dossier needs the list of codes of the same applicant", () => {
    const counter = inProcessing();
    expect(refusal(counter, duplicate([]), "2026-03-02T11:00")).toMatchObject({
      code: "CANCELLATION_CODES_REQUIRED",
      rule: "CAN-2",
    });
    expect(refusal(counter, duplicate(["abc"]), "2026-03-02T11:00")).toMatchObject({
      code: "DOSSIER_CODE_INVALID",
    });
    const post = receiveAtCounter("2026-03-02T09:00");
    const postal = { ...post, channel: "post" as const };
    expect(refusal(postal, duplicate(), "2026-03-02T11:00")).toMatchObject({
      code: "CANCELLATION_NOT_TEST_DOSSIER",
    });
    const requested = run(counter, duplicate(), "2026-03-02T11:00");
    expect(requested.status).toBe("cancellation_requested");
    expect(nationalStatusCode(requested)).toBe(4);
    expect(show(requested.subDeadlines.find((entry) => entry.kind === "cancellation_review")?.due ?? 0)).toBe(
      "2026-03-04T11:00",
    );
  });

  it("CAN-2: only procedure control approves; the approver is recorded; CAN-3: excluded from statistics", () => {
    const requested = run(inProcessing(), duplicate(), "2026-03-02T11:00");
    expect(refusal(requested, cmd("approve_cancellation", actors.leader), "2026-03-03T09:00")).toMatchObject({
      code: "ACTOR_NOT_PROCEDURE_CONTROL",
      rule: "CAN-2",
    });
    const cancelled = run(requested, cmd("approve_cancellation", actors.control), "2026-03-03T09:00");
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.cancellations[0]?.decision).toEqual({
      approved: true,
      reason: null,
      at: at("2026-03-03T09:00"),
      by: actors.control,
    });
    expect(nationalStatusCode(cancelled)).toBeNull();
    expect(statusOf(cancelled, at("2026-03-04T09:00"), calendar).countsInStatistics).toBe(false);
    expect(cancelled.code).toBe(requested.code);
  });

  it("CAN-2: a rejected cancellation puts the dossier back; overdue review is reported", () => {
    const requested = run(inProcessing(), duplicate(), "2026-03-02T11:00");
    expect(
      statusOf(requested, at("2026-03-04T11:01"), calendar).overdueSubDeadlines.map((entry) => entry.rule),
    ).toEqual(["CAN-2"]);
    expect(
      refusal(requested, cmd("reject_cancellation", actors.control, { reason: "" }), "2026-03-03T09:00"),
    ).toMatchObject({
      code: "DOSSIER_FIELD_REQUIRED",
    });
    const back = run(
      requested,
      cmd("reject_cancellation", actors.control, { reason: "Không phải hồ sơ trùng" }),
      "2026-03-03T09:00",
    );
    expect(back.status).toBe("in_processing");
    expect(back.cancellations[0]?.decision).toMatchObject({ approved: false });
  });
});

describe("duplicate codes of the same applicant (CAN-2)", () => {
  const dossier = () => receiveAtCounter("2026-03-02T09:00");
  const other = "000.00.06.H56-260302-0002";
  const applicant = dossier().applicant;

  it("CAN-2: a duplicate found in the store, of the same applicant (same ID number), passes", () => {
    const found = new Map([[other, { ...applicant, name: "NGUYỄN VĂN AN", phone: null }]]);
    expect(duplicateCodesRefusal(dossier(), [other], found)).toBeNull();
  });

  it("CAN-2: a code of no dossier, of another applicant, or of the dossier itself is refused", () => {
    const self = dossier().code;
    expect(duplicateCodesRefusal(dossier(), [other], new Map())).toMatchObject({
      code: "CANCELLATION_DUPLICATE_NOT_FOUND",
      rule: "CAN-2",
    });
    const stranger = new Map([[other, { ...applicant, idNumber: "038190002468", name: "Nguyễn Thị Hồng" }]]);
    expect(duplicateCodesRefusal(dossier(), [other], stranger)).toMatchObject({
      code: "CANCELLATION_DUPLICATE_OTHER_APPLICANT",
      rule: "CAN-2",
    });
    expect(duplicateCodesRefusal(dossier(), [self], new Map([[self, applicant]]))).toMatchObject({
      code: "CANCELLATION_DUPLICATE_SELF",
    });
  });

  it("CAN-2: without an ID number on either side, the same kind and name (spaces and case ignored)", () => {
    const noId = { ...applicant, idNumber: null };
    expect(sameApplicant(noId, { ...applicant, name: " nguyễn  văn an " })).toBe(true);
    expect(sameApplicant(noId, { ...applicant, name: "Nguyễn Văn Ân" })).toBe(false);
    expect(sameApplicant(applicant, { ...applicant, kind: "organization" })).toBe(false);
  });
});
