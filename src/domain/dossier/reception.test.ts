import { describe, expect, it } from "vitest";
import { workingDays } from "../deadline/duration.ts";
import { statusOf } from "./queries.ts";
import { counterSlip } from "./reception-outcome.ts";
import type { WorkflowInput } from "./state.ts";
import { overdueSubDeadlines } from "./sub-deadlines.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  counterReception,
  inProcessing,
  newInput,
  ONE_STOP_AGENCY,
  onlineSubmission,
  receiveAtCounter,
  refusal,
  run,
  show,
  step,
  submitOnline,
  TEST_SIGNATURE,
} from "./test-support.ts";

describe("reception at the counter or by post (REC-2)", () => {
  it("REC-2(d): a complete dossier is received; the appointment is the clock's due (CAL-7)", () => {
    const dossier = receiveAtCounter("2026-03-06T16:00");
    expect(dossier).toMatchObject({ status: "received", channel: "counter", version: 1 });
    expect(show(dossier.receivedAt ?? 0)).toBe("2026-03-06T16:00");
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-03-20T16:00");
  });

  it("REC-2(d) + CAL-2/CAL-4: the appointment skips the official 2026 holidays (30/4, 1/5)", () => {
    const dossier = receiveAtCounter("2026-04-28T09:00");
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-05-14T09:00");
  });

  it("REC-2(d) + CAL-8: a procedure's same-day cut-off is used for the appointment", () => {
    const input = newInput("2026-03-02T14:00");
    const dossier = receiveAtCounter("2026-03-02T14:00", {
      procedure: { ...input.procedure, processingTime: workingDays(0), sameDayCutoff: "15:00" },
      workflow: {
        id: "wf",
        version: 1,
        steps: [{ ...input.workflow.steps[0], duration: workingDays(0) } as never],
      },
    });
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-03-02T17:00");
  });

  it("REC-2(c): refused with the reason (Mẫu 03); ends at once, national code 3", () => {
    const refused = {
      ...counterReception("2026-03-02T09:00"),
      channel: "post",
      outcome: { kind: "refused", reason: "Không đủ điều kiện" },
    } as const;
    const { dossier } = step(null, refused, "2026-03-02T09:00");
    expect(dossier.status).toBe("refused_at_reception");
    expect(dossier.refusal).toMatchObject({
      stage: "reception",
      reason: "Không đủ điều kiện",
      rule: "REC-2",
    });
    expect(dossier.closedAt).toBe(at("2026-03-02T09:00"));
    expect(dossier.clock).toBeNull();
  });

  it("REC-2(c): a refusal without a reason is refused", () => {
    const noReason = {
      ...counterReception("2026-03-02T09:00"),
      outcome: { kind: "refused", reason: " " },
    } as const;
    expect(refusal(null, noReason, "2026-03-02T09:00")).toMatchObject({
      code: "DOSSIER_FIELD_REQUIRED",
      rule: "REC-2",
    });
  });

  it("REC-2(a)/(b): not competent and incomplete at the counter create no dossier, only a slip", () => {
    expect(
      counterSlip(
        { kind: "incomplete", reason: "Thiếu giấy tờ", missingItems: ["Bản vẽ", " "] },
        actors.oneStop,
        ONE_STOP_AGENCY,
        at("2026-03-02T09:00"),
      ),
    ).toMatchObject({ kind: "incomplete", form: "mau_02", missingItems: ["Bản vẽ"] });
    expect(() =>
      counterSlip(
        { kind: "incomplete", reason: "Thiếu", missingItems: [] },
        actors.oneStop,
        ONE_STOP_AGENCY,
        0,
      ),
    ).toThrow(expect.objectContaining({ code: "SUPPLEMENT_ITEMS_REQUIRED", rule: "REC-2" }));
    expect(
      counterSlip({ kind: "not_competent", guidance: "Nộp tại UBND xã" }, actors.oneStop, ONE_STOP_AGENCY, 0),
    ).toMatchObject({ kind: "not_competent", guidance: "Nộp tại UBND xã" });
    expect(() =>
      counterSlip({ kind: "not_competent", guidance: "x" }, actors.specialist, ONE_STOP_AGENCY, 0),
    ).toThrow(expect.objectContaining({ code: "ACTOR_NOT_ONE_STOP", rule: "PRC-9" }));
  });

  it("PRC-9: only a one-stop officer of the receiving agency receives", () => {
    const base = counterReception("2026-03-02T09:00");
    expect(refusal(null, { ...base, actor: actors.otherOneStop }, "2026-03-02T09:00")).toMatchObject({
      code: "ACTOR_NOT_ONE_STOP",
    });
    expect(refusal(null, { ...base, actor: actors.specialist }, "2026-03-02T09:00")).toMatchObject({
      code: "ACTOR_NOT_ONE_STOP",
    });
  });

  it("CODE-1: the code must be today's code of the receiving agency", () => {
    const yesterdays = counterReception("2026-03-01T09:00");
    expect(refusal(null, yesterdays, "2026-03-02T09:00")).toMatchObject({
      code: "DOSSIER_CODE_MISMATCH",
      rule: "CODE-1",
    });
  });

  it("PRC-1: a workflow without steps, or longer than the statutory time, is refused", () => {
    const input = newInput("2026-03-02T09:00");
    const withWorkflow = (workflow: WorkflowInput) => counterReception("2026-03-02T09:00", { workflow });
    expect(refusal(null, withWorkflow({ id: "w", version: 1, steps: [] }), "2026-03-02T09:00")).toMatchObject(
      {
        code: "WORKFLOW_EMPTY",
        rule: "PRC-1",
      },
    );
    const long = {
      id: "w",
      version: 1,
      steps: [{ ...input.workflow.steps[0], duration: workingDays(11) } as never],
    };
    expect(refusal(null, withWorkflow(long), "2026-03-02T09:00")).toMatchObject({
      code: "WORKFLOW_TOO_LONG",
      rule: "PRC-1",
    });
  });

  it("PRC-1 + CAL-8: a same-day procedure's steps may use the working time after the cut-off", () => {
    const input = newInput("2026-03-02T14:00");
    const sameDay = { ...input.procedure, processingTime: workingDays(0), sameDayCutoff: "15:00" };
    const withStep = (hours: number) => ({
      procedure: sameDay,
      workflow: {
        id: "wf",
        version: 1,
        steps: [{ ...input.workflow.steps[0], duration: { amount: hours, unit: "working_hours" } } as never],
      },
    });
    expect(receiveAtCounter("2026-03-02T14:00", withStep(2)).status).toBe("received");
    expect(
      refusal(null, counterReception("2026-03-02T14:00", withStep(3)), "2026-03-02T14:00"),
    ).toMatchObject({
      code: "WORKFLOW_TOO_LONG",
      rule: "PRC-1",
    });
  });

  it("a creating command on an existing dossier, or a command without one, is refused", () => {
    const dossier = receiveAtCounter("2026-03-02T09:00");
    expect(refusal(dossier, counterReception("2026-03-02T09:00"), "2026-03-02T09:30")).toMatchObject({
      code: "DOSSIER_ALREADY_EXISTS",
    });
    expect(refusal(null, cmd("hand_over", actors.oneStop), "2026-03-02T09:30")).toMatchObject({
      code: "DOSSIER_REQUIRED",
    });
  });
});

describe("online submission and acceptance (REC-3, REC-4)", () => {
  it("REC-4: the e-form is required, and the signature when the procedure requires it", () => {
    const base = onlineSubmission("2026-03-02T09:00", {}, { eFormRef: "", signature: null });
    expect(refusal(null, { ...base, eFormRef: "" }, "2026-03-02T09:00")).toMatchObject({
      code: "EFORM_REQUIRED",
      rule: "REC-4",
    });
    const signing = { ...base, eFormRef: "f", procedure: { ...base.procedure, signatureRequired: true } };
    expect(refusal(null, signing, "2026-03-02T09:00")).toMatchObject({
      code: "SIGNATURE_REQUIRED",
      rule: "REC-4",
    });
    expect(
      refusal(null, { ...base, eFormRef: "f", actor: actors.oneStop }, "2026-03-02T09:00"),
    ).toMatchObject({
      code: "ACTOR_NOT_ALLOWED",
    });
  });

  it("REC-4: with the verified signature the procedure requires, the event records who signed which file", () => {
    const base = onlineSubmission("2026-03-02T09:00", {}, { eFormRef: "f", signature: TEST_SIGNATURE });
    const signing = { ...base, procedure: { ...base.procedure, signatureRequired: true } };
    const { dossier, events } = step(null, signing, "2026-03-02T09:00");
    expect(dossier.status).toBe("awaiting_acceptance");
    expect(events[0]?.payload).toMatchObject({ signature: TEST_SIGNATURE });
    const unsigned = step(null, { ...base, signature: null }, "2026-03-02T09:00");
    expect(unsigned.events[0]?.payload).toMatchObject({ signature: null });
  });

  it("REC-3: the 8 working hours start at the system's receipt (a Friday evening submission is due Monday 17:00)", () => {
    const dossier = submitOnline("2026-03-06T19:00");
    expect(dossier.status).toBe("awaiting_acceptance");
    expect(show(dossier.subDeadlines[0]?.due ?? 0)).toBe("2026-03-09T17:00");
  });

  it("REC-3: acceptance within 8 working hours is met; the clock starts at acceptance", () => {
    const dossier = run(
      submitOnline("2026-03-02T09:00"),
      cmd("accept_online", actors.oneStop),
      "2026-03-02T15:00",
    );
    expect(dossier.subDeadlines[0]).toMatchObject({ kind: "online_acceptance", outcome: "met" });
    expect(show(dossier.clock?.countFrom ?? 0)).toBe("2026-03-02T15:00");
  });

  it("REC-3: a late acceptance is allowed but recorded as a breach, and was reported overdue before", () => {
    const submitted = submitOnline("2026-03-02T09:00");
    expect(overdueSubDeadlines(submitted, at("2026-03-03T09:30")).map((entry) => entry.kind)).toEqual([
      "online_acceptance",
    ]);
    expect(overdueSubDeadlines(submitted, at("2026-03-03T08:30"))).toEqual([]);
    const { dossier, events } = step(submitted, cmd("accept_online", actors.oneStop), "2026-03-03T10:00");
    expect(events[0]).toMatchObject({ type: "online_dossier_accepted", payload: { late: true } });
    expect(dossier.subDeadlines[0]).toMatchObject({ outcome: "late" });
    expect(statusOf(dossier, at("2026-03-03T10:00"), calendar).overdueSubDeadlines).toEqual([]);
  });

  it("REC-3: the one-stop asks once for a supplement; the applicant supplements and a new 8-hour period starts", () => {
    let dossier = submitOnline("2026-03-02T09:00");
    dossier = run(
      dossier,
      cmd("request_online_supplement", actors.oneStop, {
        reason: "Thiếu bản vẽ",
        items: ["Bản vẽ mặt bằng"],
      }),
      "2026-03-02T10:00",
    );
    expect(dossier.status).toBe("awaiting_online_supplement");
    expect(
      refusal(
        dossier,
        cmd("receive_supplement", actors.otherCitizen, { documents: ["x"] }),
        "2026-03-03T10:00",
      ),
    ).toMatchObject({
      code: "ACTOR_NOT_ONE_STOP",
    });
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.citizen, { documents: ["ban-ve.pdf"] }),
      "2026-03-04T10:00",
    );
    expect(dossier.status).toBe("awaiting_acceptance");
    expect(dossier.code).toBe("000.00.06.H56-260302-0001");
    expect(show(dossier.subDeadlines.at(-1)?.due ?? 0)).toBe("2026-03-05T10:00");
    expect(dossier.supplements).toHaveLength(1);
    expect(
      refusal(
        dossier,
        cmd("request_online_supplement", actors.oneStop, { reason: "Lại thiếu", items: ["x"] }),
        "2026-03-04T11:00",
      ),
    ).toMatchObject({ code: "RECEPTION_SUPPLEMENT_ALREADY_REQUESTED", rule: "REC-3" });
  });

  it("REC-3: the request for supplement must list what is missing", () => {
    const error = refusal(
      submitOnline("2026-03-02T09:00"),
      cmd("request_online_supplement", actors.oneStop, { reason: "Thiếu", items: [] }),
      "2026-03-02T10:00",
    );
    expect(error).toMatchObject({ code: "SUPPLEMENT_ITEMS_REQUIRED", rule: "REC-3" });
  });

  it("REC-3: refused with specific reasons, or not competent with guidance (national code 3)", () => {
    const refused = run(
      submitOnline("2026-03-02T09:00"),
      cmd("refuse_reception", actors.oneStop, { reason: "Không thuộc đối tượng" }),
      "2026-03-02T10:00",
    );
    expect(refused).toMatchObject({
      status: "refused_at_reception",
      refusal: { stage: "reception", rule: "REC-3" },
    });
    const wrong = run(
      submitOnline("2026-03-02T09:00"),
      cmd("declare_not_competent", actors.oneStop, {
        guidance: "Nộp tại UBND huyện",
        competentAgency: "UBND huyện Tam Dương",
      }),
      "2026-03-02T10:00",
    );
    expect(wrong).toMatchObject({
      status: "not_competent",
      notCompetent: { competentAgency: "UBND huyện Tam Dương" },
    });
    expect(wrong.subDeadlines[0]?.outcome).toBe("met");
  });
});

describe("supplements keep the code (REC-8, CODE-2)", () => {
  it("CODE-2 / REC-8: after a return for supplement and the restart, the code is unchanged and the history kept", () => {
    let dossier = inProcessing();
    dossier = run(
      dossier,
      cmd("return_for_supplement", actors.specialist, { reason: "Thiếu", items: ["Giấy tờ đất"] }),
      "2026-03-03T10:00",
    );
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.oneStop, { documents: ["giay-to-dat.pdf"], note: "nộp tại quầy" }),
      "2026-03-09T14:00",
    );
    expect(dossier.code).toBe("000.00.06.H56-260302-0001");
    expect(dossier.supplements).toEqual([
      {
        at: at("2026-03-09T14:00"),
        by: actors.oneStop,
        requestKind: "return",
        documents: ["giay-to-dat.pdf"],
        note: "nộp tại quầy",
      },
    ]);
    expect(dossier.supplementRequests[0]).toMatchObject({
      kind: "return",
      fulfilledAt: at("2026-03-09T14:00"),
    });
  });
});
