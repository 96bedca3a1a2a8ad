import { describe, expect, it } from "vitest";
import { replay } from "./evolve.ts";
import {
  actors,
  at,
  cmd,
  counterReception,
  inProcessing,
  Journal,
  refusal,
  resultAtOneStop,
  resultTimesOn,
  run,
  toResult,
} from "./test-support.ts";

describe("results (RES)", () => {
  it("RES-1: the result must be uploaded before it is sent; the finish is the one-stop's confirmation", () => {
    let dossier = run(inProcessing(), cmd("hand_over", actors.specialist), "2026-03-04T08:00");
    dossier = run(dossier, cmd("submit_for_approval", actors.unitHead), "2026-03-04T09:00");
    dossier = run(dossier, cmd("approve", actors.leader), "2026-03-04T10:00");
    expect(refusal(dossier, cmd("send_result", actors.leader), "2026-03-04T10:05")).toMatchObject({
      code: "RESULT_MISSING",
      rule: "RES-1",
    });
    dossier = run(
      dossier,
      cmd("upload_result", actors.leader, { documentNumber: "9/GP", fileRef: "a.pdf" }),
      "2026-03-04T10:10",
    );
    dossier = run(
      dossier,
      cmd("upload_result", actors.unitHead, { documentNumber: "10/GP", fileRef: "b.pdf" }),
      "2026-03-04T10:20",
    );
    expect(dossier.result).toMatchObject({ documentNumber: "10/GP", corrections: [] });
    dossier = run(dossier, cmd("send_result", actors.leader), "2026-03-04T10:30");
    expect(dossier.finish).toBeNull();
    dossier = run(dossier, cmd("confirm_result", actors.oneStop), "2026-03-16T08:00");
    expect(dossier.finish).toMatchObject({
      at: at("2026-03-16T08:00"),
      kind: "result",
      outcome: "on_time",
      due: at("2026-03-16T09:00"),
    });
  });

  it("RES-1 / CAL-9: early before the due date, late after the due instant", () => {
    expect(
      run(resultAtOneStop(), cmd("confirm_result", actors.oneStop), "2026-03-13T16:59").finish?.outcome,
    ).toBe("early");
    const late = run(
      resultAtOneStop(),
      cmd("confirm_result", actors.oneStop, { latenessReason: "Tồn đọng" }),
      "2026-03-16T09:01",
    );
    expect(late.finish?.outcome).toBe("late");
  });

  it("RES-2: the result is not returned while the fees are unpaid", () => {
    const ready = run(
      resultAtOneStop({ feesDue: 150_000 }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-10T08:00",
    );
    expect(refusal(ready, cmd("return_result", actors.oneStop), "2026-03-10T09:00")).toMatchObject({
      code: "FEES_UNPAID",
      rule: "RES-2",
    });
    const paid = run(
      ready,
      cmd("record_payment", actors.oneStop, { amount: 150_000, reference: "BL-7" }),
      "2026-03-10T09:00",
    );
    expect(run(paid, cmd("return_result", actors.oneStop), "2026-03-10T09:05").status).toBe("returned");
  });

  it("RES-2 / RES-5: an error flagged blocks confirmation and return until the agency corrects it", () => {
    let dossier = run(
      resultAtOneStop(),
      cmd("flag_result_error", actors.oneStop, { description: "Sai tên chủ hộ" }),
      "2026-03-09T13:00",
    );
    expect(refusal(dossier, cmd("confirm_result", actors.oneStop), "2026-03-09T13:30")).toMatchObject({
      code: "RESULT_HAS_ERROR",
    });
    expect(
      refusal(dossier, cmd("flag_result_error", actors.oneStop, { description: "x" }), "2026-03-09T13:30"),
    ).toMatchObject({
      code: "RESULT_ERROR_ALREADY_FLAGGED",
    });
    expect(
      refusal(
        dossier,
        cmd("correct_result", actors.oneStop, {
          documentNumber: "124/GP",
          fileRef: "f2",
          reason: "Đính chính",
        }),
        "2026-03-09T14:00",
      ),
    ).toMatchObject({
      code: "ACTOR_NOT_AGENCY_OFFICER",
    });
    dossier = run(
      dossier,
      cmd("correct_result", actors.leader, {
        documentNumber: "124/GP",
        fileRef: "f2",
        reason: "Đính chính tên",
      }),
      "2026-03-09T14:00",
    );
    expect(dossier.result).toMatchObject({ documentNumber: "124/GP", error: null });
    expect(dossier.result?.corrections[0]).toMatchObject({
      previous: { documentNumber: "123/GP", fileRef: "file-1" },
      reason: "Đính chính tên",
    });
    dossier = run(dossier, cmd("confirm_result", actors.oneStop), "2026-03-09T15:00");
    dossier = run(
      dossier,
      cmd("flag_result_error", actors.oneStop, { description: "Sai ngày" }),
      "2026-03-09T15:10",
    );
    expect(refusal(dossier, cmd("return_result", actors.oneStop), "2026-03-09T15:20")).toMatchObject({
      code: "RESULT_HAS_ERROR",
      rule: "RES-2",
    });
  });

  it("RES-5: a correction after the return is recorded, and the history replays", () => {
    const journal = new Journal();
    journal.run(counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    journal.run(cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
    journal.runAll(toResult(resultTimesOn("2026-03-03"), { documentNumber: "1/GP", fileRef: "a" }));
    journal.run(cmd("confirm_result", actors.oneStop), "2026-03-03T14:00");
    journal.run(cmd("return_result", actors.oneStop), "2026-03-03T15:00");
    const corrected = journal.run(
      cmd("correct_result", actors.leader, {
        documentNumber: "1/GP-ĐC",
        fileRef: "b",
        reason: "Sai số thửa",
      }),
      "2026-03-20T09:00",
    );
    expect(corrected.status).toBe("returned");
    expect(corrected.result?.corrections).toHaveLength(1);
    expect(
      refusal(
        corrected,
        cmd("correct_result", actors.leader, { documentNumber: "1/GP-ĐC", fileRef: "b", reason: "x" }),
        "2026-03-20T10:00",
      ),
    ).toMatchObject({
      code: "RESULT_NOTHING_TO_CORRECT",
    });
    expect(replay(journal.events)).toEqual(corrected);
  });

  it("RES-4 / REC-7: by post only when chosen; at the counter always (an uncollected result stays there)", () => {
    const ready = run(resultAtOneStop(), cmd("confirm_result", actors.oneStop), "2026-03-10T08:00");
    expect(
      refusal(ready, cmd("return_result", actors.oneStop, { method: "post" }), "2026-03-10T09:00"),
    ).toMatchObject({
      code: "DELIVERY_METHOD_NOT_CHOSEN",
      rule: "REC-7",
    });
    expect(
      refusal(ready, cmd("return_result", actors.oneStop, { method: "electronic" }), "2026-03-10T09:00"),
    ).toMatchObject({
      code: "DELIVERY_METHOD_NOT_CHOSEN",
    });
    const byPost = run(
      resultAtOneStop({ resultDelivery: "post" }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-10T08:00",
    );
    expect(
      run(byPost, cmd("return_result", actors.oneStop, { reference: "EMS-123" }), "2026-03-10T09:00")
        .delivery,
    ).toMatchObject({
      method: "post",
      reference: "EMS-123",
    });
    expect(
      run(byPost, cmd("return_result", actors.oneStop, { method: "counter" }), "2026-03-10T09:00").delivery
        ?.method,
    ).toBe("counter");
  });

  it("Mẫu 03 after review: refused with the reason; counts as finished (national code 10)", () => {
    const refused = run(
      inProcessing(),
      cmd("refuse_after_review", actors.specialist, { reason: "Không phù hợp quy hoạch" }),
      "2026-03-05T09:00",
    );
    expect(refused).toMatchObject({
      status: "refused",
      refusal: { stage: "review", reason: "Không phù hợp quy hoạch" },
      finish: { kind: "refusal", outcome: "early" },
    });
    expect(refused.closedAt).toBe(at("2026-03-05T09:00"));
    expect(refused.agencySegments.every((segment) => segment.to !== null)).toBe(true);
  });
});
