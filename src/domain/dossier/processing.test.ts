import { describe, expect, it } from "vitest";
import { isPaused } from "../deadline/clock.ts";
import { workingDays } from "../deadline/duration.ts";
import { agencyTimes, allowedCommands, controlSlipRows } from "./queries.ts";
import type { WorkflowInput } from "./state.ts";
import {
  AGENCY_A,
  AGENCY_B,
  actors,
  at,
  BRANCHING_WORKFLOW as BRANCHING,
  calendar,
  cmd,
  counterReception,
  INTERAGENCY_WORKFLOW,
  inProcessing,
  receiveAtCounter,
  refusal,
  run,
  UNIT_A2,
} from "./test-support.ts";

describe("moving through the workflow (PRC-1, PRC-2)", () => {
  it("PRC-2: the one-stop hands the dossier to the first step; the step's own clock starts", () => {
    const dossier = inProcessing();
    expect(dossier).toMatchObject({ status: "in_processing", processingAgencyId: AGENCY_A });
    expect(dossier.step).toMatchObject({ index: 0, assigneeId: null, startedAt: at("2026-03-02T10:00") });
    expect(dossier.handOvers[0]).toMatchObject({
      from: { kind: "one_stop" },
      to: { kind: "step", index: 0 },
      outcome: null,
    });
  });

  it("PRC-2: each hand-over records early / on time / late of the step by its own duration", () => {
    // step 0 = 6 working days from Mon 02/03 10:00 → due Tue 10/03 10:00
    const early = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-09T16:00");
    expect(early.handOvers.at(-1)).toMatchObject({ outcome: "early", due: at("2026-03-10T10:00") });
    const onTime = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-10T09:00");
    expect(onTime.handOvers.at(-1)?.outcome).toBe("on_time");
    const late = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-10T10:01");
    expect(late.handOvers.at(-1)?.outcome).toBe("late");
    expect(controlSlipRows(late).at(-1)).toMatchObject({ givenBy: actors.specialist, outcome: "late" });
  });

  it("PRC-1: past the last step there is no hand-over; the dossier goes to approval", () => {
    const last = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-03T10:00");
    expect(refusal(last, cmd("hand_over", actors.unitHead), "2026-03-03T11:00")).toMatchObject({
      code: "NO_NEXT_STEP",
    });
    expect(
      refusal(inProcessing(), cmd("submit_for_approval", actors.specialist), "2026-03-03T11:00"),
    ).toMatchObject({
      code: "NOT_LAST_STEP",
    });
    expect(run(last, cmd("submit_for_approval", actors.unitHead), "2026-03-03T11:00").status).toBe(
      "awaiting_approval",
    );
  });

  it("PRC-9: only the step's role at the step's unit acts; the one-stop of another agency does not", () => {
    const dossier = inProcessing();
    expect(refusal(dossier, cmd("hand_over", actors.outsider), "2026-03-03T10:00")).toMatchObject({
      code: "ACTOR_NOT_STEP_OFFICER",
      rule: "PRC-9",
    });
    expect(refusal(dossier, cmd("hand_over", actors.unitHead), "2026-03-03T10:00")).toMatchObject({
      code: "ACTOR_NOT_STEP_OFFICER",
    });
    const received = receiveAtCounter("2026-03-02T09:00");
    expect(refusal(received, cmd("hand_over", actors.otherOneStop), "2026-03-02T10:00")).toMatchObject({
      code: "ACTOR_NOT_ONE_STOP",
    });
  });

  it("PRC-9: once assigned, only the assignee acts on the step; the unit head may reassign to another unit", () => {
    let dossier = run(
      inProcessing(),
      cmd("assign", actors.unitHead, { officerId: "sp-a2" }),
      "2026-03-02T11:00",
    );
    expect(refusal(dossier, cmd("hand_over", actors.specialist), "2026-03-03T10:00")).toMatchObject({
      code: "ACTOR_NOT_ASSIGNEE",
    });
    expect(run(dossier, cmd("hand_over", actors.specialist2), "2026-03-03T10:00").step?.index).toBe(1);
    expect(
      refusal(dossier, cmd("assign", actors.specialist, { officerId: "sp-a" }), "2026-03-03T10:00"),
    ).toMatchObject({
      code: "ACTOR_NOT_UNIT_HEAD",
    });
    dossier = run(
      dossier,
      cmd("assign", actors.leader, { officerId: "pc-1", unitId: UNIT_A2 }),
      "2026-03-03T10:00",
    );
    expect(dossier.step).toMatchObject({ unitId: UNIT_A2, assigneeId: "pc-1" });
  });

  it("PRC-9: approval only by the leader of the processing agency; send back restarts a step", () => {
    let dossier = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-03T10:00");
    dossier = run(dossier, cmd("submit_for_approval", actors.unitHead), "2026-03-03T11:00");
    expect(refusal(dossier, cmd("approve", actors.unitHead), "2026-03-03T13:00")).toMatchObject({
      code: "ACTOR_NOT_AGENCY_LEADER",
    });
    expect(refusal(dossier, cmd("approve", actors.leaderB), "2026-03-03T13:00")).toMatchObject({
      code: "ACTOR_NOT_AGENCY_LEADER",
    });
    const back = run(
      dossier,
      cmd("send_back", actors.leader, { reason: "Bổ sung ý kiến pháp chế", toStep: 0 }),
      "2026-03-03T13:00",
    );
    expect(back).toMatchObject({
      status: "in_processing",
      step: { index: 0, startedAt: at("2026-03-03T13:00") },
    });
    expect(back.approvals[0]).toMatchObject({ decision: "sent_back", toStep: 0 });
    expect(
      refusal(dossier, cmd("send_back", actors.leader, { reason: "x", toStep: 7 }), "2026-03-03T13:00"),
    ).toMatchObject({
      code: "STEP_INDEX_INVALID",
    });
  });
});

describe("inter-agency processing (PRC-4)", () => {
  const start = () => inProcessing({ workflow: INTERAGENCY_WORKFLOW });

  it("PRC-4: a step of another agency is reached by transfer, not by hand-over", () => {
    expect(refusal(start(), cmd("hand_over", actors.specialist), "2026-03-04T10:00")).toMatchObject({
      code: "NEXT_STEP_OTHER_AGENCY",
      rule: "PRC-4",
    });
    const last = run(
      run(start(), cmd("transfer", actors.specialist), "2026-03-04T10:00"),
      cmd("accept_transfer", actors.specialistB),
      "2026-03-04T14:00",
    );
    expect(refusal(last, cmd("hand_over", actors.specialistB), "2026-03-05T10:00")).toMatchObject({
      code: "NEXT_STEP_OTHER_AGENCY",
    });
    expect(refusal(inProcessing(), cmd("transfer", actors.specialist), "2026-03-04T10:00")).toMatchObject({
      code: "NEXT_STEP_SAME_AGENCY",
    });
  });

  it("PRC-4: the other agency accepts it; each agency's time is tracked separately", () => {
    let dossier = run(start(), cmd("transfer", actors.specialist), "2026-03-04T10:00");
    expect(dossier).toMatchObject({ status: "transferred", processingAgencyId: AGENCY_B, step: null });
    expect(refusal(dossier, cmd("accept_transfer", actors.specialist), "2026-03-04T14:00")).toMatchObject({
      code: "ACTOR_NOT_STEP_OFFICER",
    });
    dossier = run(dossier, cmd("accept_transfer", actors.specialistB), "2026-03-04T14:00");
    expect(dossier).toMatchObject({ status: "in_processing", step: { index: 1 } });
    expect(dossier.handOvers.at(-1)).toMatchObject({
      acceptedAt: at("2026-03-04T14:00"),
      acceptedBy: actors.specialistB,
    });
    dossier = run(dossier, cmd("transfer", actors.specialistB), "2026-03-05T14:00");
    dossier = run(dossier, cmd("accept_transfer", actors.unitHead), "2026-03-05T15:00");
    const times = agencyTimes(dossier, at("2026-03-06T10:00"), calendar);
    // A: Mon 10:00 → Wed 10:00 (16 h) + Thu 14:00 → Fri 10:00 (5.5 h); B: Wed 10:00 → Thu 14:00 (10.5 h)
    expect(times).toEqual([
      { agencyId: AGENCY_A, workingMinutes: 16 * 60 + 5.5 * 60 },
      { agencyId: AGENCY_B, workingMinutes: 10.5 * 60 },
    ]);
  });

  it("PRC-4: paused time does not count for the agency holding the dossier", () => {
    // Mon 10:00 → 13:00 is 1.5 working hours, paused until Tue 13:00, then 4 hours to 17:00
    let dossier = run(
      start(),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "tt-01" }),
      "2026-03-02T13:00",
    );
    dossier = run(dossier, cmd("resume", actors.specialist, { proofRef: "yk-01" }), "2026-03-03T13:00");
    expect(agencyTimes(dossier, at("2026-03-03T17:00"), calendar)).toEqual([
      { agencyId: AGENCY_A, workingMinutes: (1.5 + 4) * 60 },
    ]);
  });
});

describe("consultation (PRC-3)", () => {
  it("PRC-3: the request and the answer are attached; the clock keeps running", () => {
    let dossier = run(
      inProcessing(),
      cmd("request_consultation", actors.specialist, {
        consultationId: "c1",
        toName: "Sở Tài nguyên và Môi trường",
        subject: "Xác minh ranh giới thửa đất",
        requestRef: "cv-12.pdf",
      }),
      "2026-03-03T09:00",
    );
    expect(dossier.status).toBe("in_processing");
    expect(isPaused(dossier.clock as never)).toBe(false);
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-03T10:00"), calendar)).toContain(
      "record_consultation_answer",
    );
    expect(
      refusal(
        dossier,
        cmd("record_consultation_answer", actors.specialist, { consultationId: "c9", answerRef: "x" }),
        "2026-03-04T09:00",
      ),
    ).toMatchObject({
      code: "CONSULTATION_NOT_FOUND",
    });
    expect(
      refusal(
        dossier,
        cmd("request_consultation", actors.specialist, {
          consultationId: "c1",
          toName: "x",
          subject: "y",
          requestRef: "z",
        }),
        "2026-03-04T09:00",
      ),
    ).toMatchObject({ code: "CONSULTATION_DUPLICATE" });
    dossier = run(
      dossier,
      cmd("record_consultation_answer", actors.specialist, { consultationId: "c1", answerRef: "tl-12.pdf" }),
      "2026-03-05T09:00",
    );
    expect(dossier.consultations[0]).toMatchObject({
      answerRef: "tl-12.pdf",
      answeredAt: at("2026-03-05T09:00"),
    });
    expect(allowedCommands(dossier, actors.specialist, at("2026-03-05T10:00"), calendar)).not.toContain(
      "record_consultation_answer",
    );
  });
});

describe("branching workflows (PRC-1)", () => {
  it("PRC-1: at a branch the next step must be chosen, among the step's own next steps", () => {
    const dossier = inProcessing({ workflow: BRANCHING });
    expect(refusal(dossier, cmd("hand_over", actors.specialist), "2026-03-03T09:00")).toMatchObject({
      code: "NEXT_STEP_REQUIRED",
      details: { choices: [1, 2] },
    });
    expect(
      refusal(dossier, cmd("hand_over", actors.specialist, { toStep: 3 }), "2026-03-03T09:00"),
    ).toMatchObject({
      code: "STEP_INDEX_INVALID",
    });
    expect(
      run(dossier, cmd("hand_over", actors.specialist, { toStep: 2 }), "2026-03-03T09:00").step?.index,
    ).toBe(2);
  });

  it("PRC-1: a branch that ends goes to approval; the leader sends back to the step that submitted", () => {
    let dossier = run(
      inProcessing({ workflow: BRANCHING }),
      cmd("hand_over", actors.specialist, { toStep: 1 }),
      "2026-03-03T09:00",
    );
    dossier = run(dossier, cmd("submit_for_approval", actors.unitHead), "2026-03-03T10:00");
    dossier = run(dossier, cmd("send_back", actors.leader, { reason: "Bổ sung" }), "2026-03-03T11:00");
    expect(dossier.step?.index).toBe(1);
  });

  it("PRC-1: steps only go forward, and the longest path must fit the statutory time", () => {
    const withWorkflow = (workflow: WorkflowInput) => counterReception("2026-03-02T09:00", { workflow });
    const backwards = { ...BRANCHING, steps: [BRANCHING.steps[0], { ...BRANCHING.steps[1], next: [0] }] };
    expect(refusal(null, withWorkflow(backwards), "2026-03-02T09:00")).toMatchObject({
      code: "WORKFLOW_STEP_INVALID",
    });
    const long = {
      ...BRANCHING,
      steps: BRANCHING.steps.map((step, index) =>
        index === 2 ? { ...step, duration: workingDays(6) } : step,
      ),
    };
    expect(refusal(null, withWorkflow(long), "2026-03-02T09:00")).toMatchObject({
      code: "WORKFLOW_TOO_LONG",
      details: { stepsMinutes: 11 * 480, statutoryMinutes: 10 * 480 },
    });
  });
});
