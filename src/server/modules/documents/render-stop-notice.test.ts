import { describe, expect, it } from "vitest";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { actors, cmd, inProcessing, newInput, run } from "../../../domain/dossier/test-support.ts";
import { AppError } from "../../http/problem.ts";
import { flat, readPdf } from "./pdf-test-support.ts";
import { renderControlSlip } from "./render-control-slip.ts";
import { renderDossierForm } from "./render-form.ts";
import { renderStopNotice } from "./render-stop-notice.ts";
import { APPLICANT, CONTEXT, RECEIPT_CONTEXT, receivedDossier } from "./test-fixtures.ts";

async function textOf(bytes: Buffer): Promise<string> {
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const read = await readPdf(bytes);
  expect(read.pages).toBe(1);
  return flat(read);
}

/** Received Mon 02/03/2026 09:00 (TT 03/2025), paused for fees on Tue 03/03 09:00. */
function feePaused(): Dossier {
  return run(
    inProcessing({ applicant: APPLICANT }),
    cmd("pause", actors.specialist, {
      reason: "fees",
      proofRef: "Thông báo nộp phí số 15/TB-SXD",
      feeAmount: 500_000,
    }),
    "2026-03-03T09:00",
  );
}

/** Received Fri 12/09/2025 09:00, before TT 03/2025, and paused for a superior's opinion. */
function pausedUnderOldForms(): Dossier {
  const when = "2025-09-12T09:00";
  let dossier = run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: { kind: "complete" },
      ...newInput(when, { applicant: APPLICANT }, 41),
    },
    when,
  );
  dossier = run(dossier, cmd("hand_over", actors.oneStop), "2025-09-12T10:00");
  return run(
    dossier,
    cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "Tờ trình 7/TTr" }),
    "2025-09-15T09:00",
  );
}

describe("Mẫu 05 (TT 03/2025) — Thông báo dừng xử lý hồ sơ", () => {
  it("PAU-1: prints Mẫu số 05 of TT 03/2025, the code, the reason, its document, when the clock stops and what to do", async () => {
    const dossier = feePaused();
    const text = await textOf(
      await renderDossierForm("dung-xu-ly", dossier, { ...RECEIPT_CONTEXT, number: "15" }),
    );
    for (const expected of [
      "Mẫu số 05",
      "Ban hành kèm theo Thông tư số 03/2025/TT-VPCP",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 15",
      "THÔNG BÁO",
      "Về việc dừng xử lý hồ sơ",
      "Kính gửi: Ông/Bà Nguyễn Thị Hằng",
      `mã hồ sơ: ${dossier.code}`,
      "dừng xử lý hồ sơ kể từ 09 giờ 00 phút, ngày 03 tháng 03 năm 2026",
      "Lý do: Chờ người nộp hồ sơ nộp phí, lệ phí theo quy định.",
      "Căn cứ: Thông báo nộp phí số 15/TB-SXD",
      "Đề nghị Ông/Bà: Nộp phí, lệ phí theo thông báo trước",
      "không tính vào thời gian giải quyết hồ sơ",
      "THỦ TRƯỞNG CƠ QUAN",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("PAU-1 (d): a pause for a superior's opinion asks nothing of the applicant", async () => {
    const dossier = run(
      inProcessing({ applicant: APPLICANT }),
      cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "Tờ trình 7/TTr" }),
      "2026-03-03T09:00",
    );
    const text = await textOf(await renderStopNotice(dossier, CONTEXT));
    expect(text).toContain("Lý do: Chờ ý kiến của cơ quan cấp trên.");
    expect(text).toContain("Không phải thực hiện thêm thủ tục nào");
  });

  it("refuses (409) a dossier never paused, and one received under TT 01/2018, which had no such form", async () => {
    for (const dossier of [receivedDossier(), pausedUnderOldForms()]) {
      const error = await renderStopNotice(dossier, CONTEXT).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(409);
    }
  });
});

describe("the number each dossier's forms print (the set in force at reception)", () => {
  it("a dossier received before 15/9/2025 keeps Mẫu số 05 of TT 01/2018 for its control slip", async () => {
    const text = await textOf(await renderControlSlip(pausedUnderOldForms(), CONTEXT));
    expect(text).toContain("Mẫu số 05");
    expect(text).toContain("Thông tư số 01/2018/TT-VPCP");
    expect(text).not.toContain("03/2025");
  });

  it("a dossier received from 15/9/2025 prints Mẫu số 06 of TT 03/2025 for its control slip", async () => {
    const text = await textOf(await renderControlSlip(receivedDossier(), CONTEXT));
    expect(text).toContain("Mẫu số 06");
    expect(text).toContain("Thông tư số 03/2025/TT-VPCP");
  });
});
