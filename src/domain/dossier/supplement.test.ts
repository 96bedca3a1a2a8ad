import { describe, expect, it } from "vitest";
import { workingDays } from "../deadline/duration.ts";
import { statusOf } from "./queries.ts";
import {
  actors,
  at,
  calendar,
  cmd,
  inProcessing,
  newInput,
  refusal,
  run,
  show,
  TEST_SIGNATURE,
} from "./test-support.ts";

const returnIt = (reason = "Chưa đủ điều kiện", items = ["Giấy chứng nhận quyền sử dụng đất"]) =>
  cmd("return_for_supplement", actors.specialist, { reason, items });

describe("return for supplement (PRC-5)", () => {
  it("PRC-5 worked example: returned on day 2, the 10 days restart from the resubmission instant", () => {
    let dossier = inProcessing(); // received Mon 02/03 09:00, due Mon 16/03 09:00
    dossier = run(dossier, returnIt(), "2026-03-03T10:00");
    expect(dossier.status).toBe("awaiting_supplement");
    expect(statusOf(dossier, at("2026-03-20T10:00"), calendar)).toMatchObject({
      phase: "stopped",
      remainingMinutes: null,
      overdue: false,
    });
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.oneStop, { documents: ["gcn.pdf"] }),
      "2026-03-09T14:00",
    );
    expect(dossier.status).toBe("in_processing");
    expect(show(dossier.clock?.countFrom ?? 0)).toBe("2026-03-09T14:00");
    expect(show(dossier.clock?.appointment ?? 0)).toBe("2026-03-23T14:00");
    expect(dossier.step).toMatchObject({ index: 0, startedAt: at("2026-03-09T14:00") });
  });

  it("PRC-5: a second return for supplement is refused", () => {
    let dossier = run(inProcessing(), returnIt(), "2026-03-03T10:00");
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.oneStop, { documents: ["gcn.pdf"] }),
      "2026-03-03T14:00",
    );
    const error = refusal(dossier, returnIt(), "2026-03-03T15:00");
    expect(error).toMatchObject({
      code: "SUPPLEMENT_ALREADY_REQUESTED",
      rule: "PRC-5",
      message: "Hồ sơ đã được trả để bổ sung một lần; theo quy định chỉ được yêu cầu bổ sung một lần.",
    });
  });

  it("PRC-5: no return later than 3 working days after reception (Mon 09:00 → Thu 09:00)", () => {
    expect(run(inProcessing(), returnIt(), "2026-03-05T09:00").status).toBe("awaiting_supplement");
    expect(refusal(inProcessing(), returnIt(), "2026-03-05T09:01")).toMatchObject({
      code: "SUPPLEMENT_RETURN_TOO_LATE",
      rule: "PRC-5",
    });
  });

  it("PRC-5 (config): the limit is per procedure", () => {
    const input = newInput("2026-03-02T09:00");
    const dossier = inProcessing({
      procedure: { ...input.procedure, supplementReturnLimit: workingDays(5) },
    });
    expect(run(dossier, returnIt(), "2026-03-06T16:00").status).toBe("awaiting_supplement");
  });

  it("PRC-5: the return needs the reason and the items (Mẫu 02)", () => {
    expect(refusal(inProcessing(), returnIt(" "), "2026-03-03T10:00")).toMatchObject({
      code: "DOSSIER_FIELD_REQUIRED",
      rule: "PRC-5",
    });
    expect(refusal(inProcessing(), returnIt("Thiếu", []), "2026-03-03T10:00")).toMatchObject({
      code: "SUPPLEMENT_ITEMS_REQUIRED",
    });
  });

  it("PRC-5: only the officer of the current step (or the leader) returns the dossier", () => {
    expect(
      refusal(
        inProcessing(),
        cmd("return_for_supplement", actors.oneStop, { reason: "x", items: ["y"] }),
        "2026-03-03T10:00",
      ),
    ).toMatchObject({
      code: "ACTOR_NOT_STEP_OFFICER",
    });
  });
});

describe("correction request (PRC-6)", () => {
  const correct = () =>
    cmd("request_correction", actors.specialist, { reason: "Sai diện tích", items: ["Tờ khai"] });

  it("PRC-6: the dossier is paused until resubmission; the clock continues minus the paused time", () => {
    let dossier = run(inProcessing(), correct(), "2026-03-04T09:00"); // due Mon 16/03 09:00
    expect(dossier.status).toBe("correction_requested");
    expect(dossier.pauses[0]).toMatchObject({ reason: "correction_request", returnTo: "in_processing" });
    expect(statusOf(dossier, at("2026-03-30T09:00"), calendar)).toMatchObject({
      phase: "paused",
      overdue: false,
    });
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.oneStop, { documents: ["to-khai-moi.pdf"] }),
      "2026-03-06T09:00",
    );
    expect(dossier.status).toBe("in_processing");
    expect(show(statusOf(dossier, at("2026-03-06T09:00"), calendar).due ?? 0)).toBe("2026-03-18T09:00");
    expect(dossier.clock?.countFrom).toBe(at("2026-03-02T09:00"));
  });

  it("PRC-6: a second correction request is refused", () => {
    let dossier = run(inProcessing(), correct(), "2026-03-04T09:00");
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.oneStop, { documents: ["x"] }),
      "2026-03-05T09:00",
    );
    expect(refusal(dossier, correct(), "2026-03-05T10:00")).toMatchObject({
      code: "CORRECTION_ALREADY_REQUESTED",
      rule: "PRC-6",
    });
  });

  it("PRC-6: the online applicant resubmits on the portal", () => {
    const input = newInput("2026-03-02T09:00");
    let dossier = run(
      null,
      { type: "submit_online", actor: actors.citizen, eFormRef: "f", signature: TEST_SIGNATURE, ...input },
      "2026-03-02T09:00",
    );
    dossier = run(dossier, cmd("accept_online", actors.oneStop), "2026-03-02T10:00");
    dossier = run(dossier, cmd("hand_over", actors.oneStop), "2026-03-02T10:30");
    dossier = run(dossier, correct(), "2026-03-03T09:00");
    dossier = run(
      dossier,
      cmd("receive_supplement", actors.citizen, { documents: ["f2"] }),
      "2026-03-03T20:00",
    );
    expect(dossier.supplements[0]?.by).toEqual(actors.citizen);
  });
});
