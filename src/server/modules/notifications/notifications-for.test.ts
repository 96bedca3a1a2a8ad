import { describe, expect, it } from "vitest";
import type { Command, Dossier } from "../../../domain/dossier/index.ts";
import {
  actors,
  at,
  cmd,
  counterReception,
  inProcessing,
  receiveAtCounter,
  resultAtOneStop,
  run,
  step,
  submitOnline,
} from "../../../domain/dossier/test-support.ts";
import { vnAppointment } from "../documents/layout.ts";
import { FEE_PAYMENT_WAYS } from "./notification-texts.ts";
import { type NotificationMessage, notificationsFor, recipientOf } from "./notifications-for.ts";

/** The messages of one command on `dossier` (null: a creation). */
function messagesOf(dossier: Dossier | null, command: Command, when: string): NotificationMessage[] {
  const result = step(dossier, command, when);
  return notificationsFor(result.dossier, result.events);
}

/** The only message of one command. */
function onlyMessage(dossier: Dossier | null, command: Command, when: string): NotificationMessage {
  const messages = messagesOf(dossier, command, when);
  expect(messages).toHaveLength(1);
  return messages[0] as NotificationMessage;
}

const CODE = "000.00.06.H56-260302-0001";
const online = () => submitOnline("2026-03-02T09:00");
const forwarded = (dossier: Dossier, when: string) =>
  run(
    run(
      dossier,
      cmd("request_withdrawal", actors.oneStop, { reason: "Không cần nữa", letterRef: "don.pdf" }),
      when,
    ),
    cmd("forward_withdrawal", actors.oneStop),
    when,
  );

describe("what the applicant is told (notificationsFor)", () => {
  it("REC-2: a complete counter reception tells the code, the procedure and the appointment (Mẫu 01)", () => {
    const message = onlyMessage(null, counterReception("2026-03-02T09:00"), "2026-03-02T09:00");
    const dossier = receiveAtCounter("2026-03-02T09:00");
    expect(message).toMatchObject({
      dossierId: dossier.id,
      dossierVersion: 1,
      dossierCode: CODE,
      kind: "dossier_received",
      rule: "REC-2",
      recipient: "an@example.vn",
      subject: `Hồ sơ ${CODE} đã được tiếp nhận`,
      at: at("2026-03-02T09:00"),
    });
    expect(message.body).toContain("Kính gửi Ông/Bà Nguyễn Văn An,");
    expect(message.body).toContain("lúc 09 giờ 00 phút, ngày 02 tháng 03 năm 2026");
    expect(message.body).toContain(
      `Ngày hẹn trả kết quả: ${vnAppointment(dossier.clock?.appointment ?? 0)}.`,
    );
    expect(message.body).toContain(`Mã hồ sơ: ${CODE}\nThủ tục: Cấp giấy phép xây dựng`);
    expect(message.body).toBe(message.body.normalize("NFC"));
  });

  it("REC-2 (c): a counter reception refused (Mẫu 03) tells the reason", () => {
    const command = {
      ...counterReception("2026-03-02T09:00"),
      outcome: { kind: "refused", reason: "Sai mẫu đơn" },
    };
    const message = onlyMessage(null, command as Command, "2026-03-02T09:00");
    expect(message.subject).toBe(`Hồ sơ ${CODE} không được tiếp nhận`);
    expect(message.body).toContain("Lý do: Sai mẫu đơn");
  });

  it("REC-2: no usable e-mail address, no message (nothing is recorded)", () => {
    for (const email of [null, "", "  ", "không phải thư", "a@b.vn, c@d.vn", "x <a@b.vn>"]) {
      const command = counterReception("2026-03-02T09:00", {
        applicant: { ...counterReception("2026-03-02T09:00").applicant, email },
      });
      expect(messagesOf(null, command, "2026-03-02T09:00")).toEqual([]);
    }
    expect(recipientOf({ ...receiveAtCounter("2026-03-02T09:00").applicant, email: " an@example.vn " })).toBe(
      "an@example.vn",
    );
  });

  it("REC-2: an organization is greeted by its name", () => {
    const command = counterReception("2026-03-02T09:00", {
      applicant: {
        kind: "organization",
        name: "Công ty TNHH Hạc Thành",
        idNumber: "2801234567",
        phone: null,
        email: "vanthu@hacthanh.vn",
        address: null,
      },
    });
    expect(onlyMessage(null, command, "2026-03-02T09:00").body).toContain("Kính gửi Công ty TNHH Hạc Thành,");
  });

  it("REC-4: an online submission itself sends nothing (the portal shows it); neither do internal steps", () => {
    expect(notificationsFor(online(), [])).toEqual([]);
    expect(
      messagesOf(receiveAtCounter("2026-03-02T09:00"), cmd("hand_over", actors.oneStop), "2026-03-02T10:00"),
    ).toEqual([]);
  });

  it("REC-3: an online dossier accepted tells the official reception and the appointment", () => {
    const message = onlyMessage(online(), cmd("accept_online", actors.oneStop), "2026-03-02T10:00");
    expect(message).toMatchObject({ kind: "online_dossier_accepted", rule: "REC-3" });
    expect(message.subject).toBe(`Hồ sơ ${CODE} đã được tiếp nhận chính thức`);
    expect(message.body).toContain("Ngày hẹn trả kết quả: ");
  });

  it("REC-3: a supplement asked before acceptance tells the reason and every item (Mẫu 02), to do on the portal", () => {
    const command = cmd("request_online_supplement", actors.oneStop, {
      reason: "Thiếu giấy tờ",
      items: ["Bản vẽ thiết kế", "Tờ khai có chữ ký"],
    });
    const message = onlyMessage(online(), command, "2026-03-02T10:00");
    expect(message).toMatchObject({ kind: "online_supplement_requested", rule: "REC-3" });
    expect(message.subject).toBe(`Hồ sơ ${CODE}: yêu cầu bổ sung, hoàn thiện hồ sơ`);
    expect(message.body).toContain("Lý do: Thiếu giấy tờ");
    expect(message.body).toContain("  - Bản vẽ thiết kế\n  - Tờ khai có chữ ký");
    expect(message.body).toContain("Cổng Dịch vụ công");
  });

  it("REC-3: an online dossier refused at reception tells the reason", () => {
    const message = onlyMessage(
      online(),
      cmd("refuse_reception", actors.oneStop, { reason: "Sai đối tượng" }),
      "2026-03-02T10:00",
    );
    expect(message).toMatchObject({
      kind: "reception_refused",
      subject: `Hồ sơ ${CODE} không được tiếp nhận`,
    });
    expect(message.body).toContain("Lý do: Sai đối tượng");
  });

  it("REC-2 (a): an online dossier outside the agency's competence tells where to go", () => {
    const command = cmd("declare_not_competent", actors.oneStop, {
      guidance: "Nộp tại UBND phường",
      competentAgency: "UBND phường Hạc Thành",
    });
    const message = onlyMessage(online(), command, "2026-03-02T10:00");
    expect(message.subject).toBe(`Hồ sơ ${CODE} không thuộc thẩm quyền giải quyết`);
    expect(message.body).toContain("Cơ quan có thẩm quyền: UBND phường Hạc Thành.");
    expect(message.body).toContain("Hướng dẫn: Nộp tại UBND phường");
  });

  it("PRC-5: a return for supplement tells the reason, the items and that the time restarts", () => {
    const command = cmd("return_for_supplement", actors.specialist, { reason: "Chưa đủ", items: ["Sổ đỏ"] });
    const message = onlyMessage(inProcessing(), command, "2026-03-03T09:00");
    expect(message).toMatchObject({ kind: "returned_for_supplement", rule: "PRC-5" });
    expect(message.body).toContain("Lý do: Chưa đủ");
    expect(message.body).toContain("  - Sổ đỏ");
    expect(message.body).toContain("tính lại từ đầu");
  });

  it("PRC-6: a correction request tells the reason, the items and that the dossier is paused", () => {
    const command = cmd("request_correction", actors.specialist, {
      reason: "Sai diện tích",
      items: ["Bản vẽ"],
    });
    const message = onlyMessage(inProcessing(), command, "2026-03-03T09:00");
    expect(message).toMatchObject({ kind: "correction_requested", rule: "PRC-6" });
    expect(message.subject).toBe(`Hồ sơ ${CODE}: yêu cầu sửa đổi, bổ sung hồ sơ`);
    expect(message.body).toContain("  - Bản vẽ");
    expect(message.body).toContain("tạm dừng");
  });

  it("PRC-7: the apology alone sends nothing; the new appointment confirmed by the one-stop is told with the reason", () => {
    const apology = cmd("issue_apology", actors.leader, {
      reason: "Chờ đo đạc",
      newDue: at("2026-03-20T17:00"),
    });
    const apologised = step(inProcessing(), apology, "2026-03-13T09:00");
    expect(notificationsFor(apologised.dossier, apologised.events)).toEqual([]);
    const message = onlyMessage(
      apologised.dossier,
      cmd("confirm_new_appointment", actors.oneStop),
      "2026-03-13T10:00",
    );
    expect(message).toMatchObject({ kind: "new_appointment_confirmed", rule: "PRC-7" });
    expect(message.body).toContain("Lý do: Chờ đo đạc");
    expect(message.body).toContain(`(${vnAppointment(at("2026-03-16T09:00"))})`);
    expect(message.body).toContain(`Ngày hẹn trả kết quả mới: ${vnAppointment(at("2026-03-20T17:00"))}.`);
  });

  it("PAU-1 (b), PAU-2: a pause for fees tells the amount and the payment deadline; other pauses send nothing", () => {
    const fees = cmd("pause", actors.specialist, {
      reason: "fees",
      proofRef: "tb-phi",
      feeAmount: 1_500_000,
    });
    const message = onlyMessage(inProcessing(), fees, "2026-03-04T09:00");
    expect(message).toMatchObject({
      kind: "paused",
      rule: "PAU-2",
      subject: `Hồ sơ ${CODE}: thông báo nộp phí, lệ phí`,
    });
    expect(message.body).toContain("1.500.000 đồng");
    expect(message.body).toContain(`Hạn nộp: ${vnAppointment(at("2026-03-16T09:00"))}.`);
    expect(message.body).toContain(FEE_PAYMENT_WAYS);
    const superior = cmd("pause", actors.specialist, { reason: "awaiting_superior", proofRef: "bc" });
    expect(messagesOf(inProcessing(), superior, "2026-03-04T09:00")).toEqual([]);
  });

  it("PAU-2: the refusal for unpaid fees tells the reason and its date", () => {
    const fees = cmd("pause", actors.specialist, { reason: "fees", proofRef: "tb-phi", feeAmount: 500_000 });
    const paused = run(inProcessing(), fees, "2026-03-04T09:00");
    const message = onlyMessage(paused, cmd("fee_timeout", actors.job), "2026-03-17T02:00");
    expect(message).toMatchObject({ kind: "refused_for_unpaid_fees", rule: "PAU-2" });
    expect(message.subject).toBe(`Hồ sơ ${CODE} bị từ chối giải quyết`);
    expect(message.body).toContain("kể từ 09 giờ 00 phút, ngày 16 tháng 03 năm 2026");
    expect(message.body).toContain("Quá thời hạn nộp phí");
  });

  it("REC-2 (Mẫu 03): a refusal after review tells the reason", () => {
    const command = cmd("refuse_after_review", actors.specialist, { reason: "Không đủ điều kiện cấp phép" });
    const message = onlyMessage(inProcessing(), command, "2026-03-04T09:00");
    expect(message).toMatchObject({
      kind: "refused_after_review",
      subject: `Hồ sơ ${CODE} bị từ chối giải quyết`,
    });
    expect(message.body).toContain("Lý do: Không đủ điều kiện cấp phép");
  });

  it("RES-1, RES-2: the result confirmed tells where to collect it and any fee still due", () => {
    const message = onlyMessage(
      resultAtOneStop({ feesDue: 200_000 }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-09T14:00",
    );
    expect(message).toMatchObject({
      kind: "result_confirmed",
      rule: "RES-1",
      subject: `Hồ sơ ${CODE} đã có kết quả`,
    });
    expect(message.body).toContain("Mời Ông/Bà đến Bộ phận Một cửa để nhận kết quả");
    expect(message.body).toContain("Ông/Bà cần nộp 200.000 đồng phí, lệ phí còn thiếu");
    const electronic = onlyMessage(
      resultAtOneStop({ resultDelivery: "electronic" }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-09T14:00",
    );
    expect(electronic.body).toContain("Kết quả điện tử được trả trên Cổng Dịch vụ công");
    expect(electronic.body).not.toContain("còn thiếu");
  });

  it("RES-4: the result returned by post tells the tracking number", () => {
    const ready = run(
      resultAtOneStop({ resultDelivery: "post" }),
      cmd("confirm_result", actors.oneStop),
      "2026-03-09T14:00",
    );
    const command = cmd("return_result", actors.oneStop, { reference: "EMS123456VN" });
    const message = onlyMessage(ready, command, "2026-03-10T09:00");
    expect(message).toMatchObject({
      kind: "result_returned",
      rule: "RES-4",
      subject: `Hồ sơ ${CODE} đã được trả kết quả`,
    });
    expect(message.body).toContain(
      "Kết quả đã được gửi qua dịch vụ bưu chính lúc 09 giờ 00 phút, ngày 10 tháng 03 năm 2026 (số tham chiếu: EMS123456VN).",
    );
  });

  it("WDR-3, WDR-4: the withdrawal allowed is told, with the papers to collect when wanted back", () => {
    const allow = cmd("allow_withdrawal", actors.specialist, { papersBack: true });
    const message = onlyMessage(forwarded(inProcessing(), "2026-03-03T09:00"), allow, "2026-03-03T10:00");
    expect(message).toMatchObject({ kind: "withdrawal_allowed", rule: "WDR-4" });
    expect(message.subject).toBe(`Hồ sơ ${CODE}: đồng ý cho rút hồ sơ`);
    expect(message.body).toContain("mời Ông/Bà đến nhận lại");
  });

  it("WDR-3: a withdrawal rejected (the dossier has a result) tells the reason", () => {
    const reject = cmd("reject_withdrawal", actors.leader, { reason: "Đã có kết quả" });
    const message = onlyMessage(forwarded(resultAtOneStop(), "2026-03-09T13:00"), reject, "2026-03-09T14:00");
    expect(message.subject).toBe(`Hồ sơ ${CODE}: không đồng ý cho rút hồ sơ`);
    expect(message.body).toContain("Lý do: Đã có kết quả");
  });

  it("CAN-2: a cancellation approved is told with its reason", () => {
    const test = submitOnline("2026-03-02T09:00", { test: { assignmentRef: "QD-KT-05" } });
    const requested = run(
      test,
      cmd("request_cancellation", actors.oneStop, { ground: "test", reason: "Kiểm thử quy trình" }),
      "2026-03-02T10:00",
    );
    const message = onlyMessage(requested, cmd("approve_cancellation", actors.control), "2026-03-02T11:00");
    expect(message).toMatchObject({
      kind: "cancellation_approved",
      rule: "CAN-2",
      subject: `Hồ sơ ${CODE} đã bị hủy`,
    });
    expect(message.body).toContain("Lý do: Kiểm thử quy trình");
  });
});
