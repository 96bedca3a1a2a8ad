import type { PauseReason } from "../../../domain/deadline/clock.ts";
import type { Dossier, PauseRecord } from "../../../domain/dossier/state.ts";
import { agencyName, type DocumentContext, documentNotAvailable, procedureNameOf } from "./context.ts";
import { formNumber, formSetOf } from "./form-set.ts";
import {
  centredLine,
  clean,
  createDocument,
  field,
  nationalHeader,
  paragraph,
  rich,
  signatures,
  title,
  toBuffer,
  vnAppointment,
  vnDate,
  vnDateTime,
} from "./layout.ts";

/**
 * Mẫu 05 of TT 03/2025/TT-VPCP — Thông báo dừng xử lý hồ sơ: the processing agency tells the
 * applicant that the dossier is paused (PAU-1), why and on what document, from when the clock
 * stops (PAU-3: the paused time does not count), and what the applicant must do; signed for
 * its head. TT 01/2018 had no such form: a dossier received before TT 03/2025 gets none (409).
 */

export interface StopNoticeContext extends DocumentContext {
  /** The notice's number ("Số: 12/TB-SXD"); a blank when absent. */
  readonly number?: string | null;
  /** Head of the agency who signs; default title "Thủ trưởng cơ quan", name blank unless given. */
  readonly signer?: { readonly title?: string; readonly name?: string | null } | null;
  /** Which of the dossier's pauses (index in `pauses`); default: the latest. */
  readonly pauseIndex?: number;
}

const FORM = "Thông báo dừng xử lý hồ sơ";

/** PAU-1: the lawful reasons, in the notice's words. */
const REASONS: Readonly<Record<PauseReason, string>> = {
  land_financial_obligation: "Chờ người nộp hồ sơ thực hiện nghĩa vụ tài chính về đất đai",
  fees: "Chờ người nộp hồ sơ nộp phí, lệ phí theo quy định",
  correction_request: "Hồ sơ cần được sửa đổi, bổ sung, hoàn thiện",
  awaiting_superior: "Chờ ý kiến của cơ quan cấp trên",
};

function pauseOf(dossier: Dossier, index: number | undefined): PauseRecord {
  if (formNumber(formSetOf(dossier), "stop_notice") === null) {
    throw documentNotAvailable(
      FORM,
      "hồ sơ được tiếp nhận trước khi Thông tư 03/2025/TT-VPCP có hiệu lực; bộ biểu mẫu của Thông tư 01/2018/TT-VPCP không có mẫu này.",
    );
  }
  const pauses = dossier.pauses;
  const pause = index === undefined ? pauses[pauses.length - 1] : pauses[index];
  if (!pause) throw documentNotAvailable(FORM, "hồ sơ chưa lần nào bị dừng xử lý.");
  return pause;
}

/** What the applicant must do for the processing to go on, by the reason (PAU-1, PAU-2). */
function applicantDuty(dossier: Dossier, pause: PauseRecord, you: string): string {
  switch (pause.reason) {
    case "land_financial_obligation":
      return "Thực hiện nghĩa vụ tài chính về đất đai theo thông báo của cơ quan thuế và nộp (hoặc gửi) chứng từ đã nộp cho cơ quan giải quyết; hồ sơ được tiếp tục xử lý khi nhận được chứng từ.";
    case "fees": {
      const deadline = dossier.subDeadlines.findLast(
        (sub) => sub.kind === "fee_payment" && sub.from === pause.from,
      );
      const by = deadline ? ` trước ${vnAppointment(deadline.due)}` : "";
      return `Nộp phí, lệ phí theo thông báo${by}; quá thời hạn này mà chưa nộp, cơ quan giải quyết sẽ từ chối giải quyết hồ sơ.`;
    }
    case "correction_request":
      return "Sửa đổi, bổ sung hồ sơ theo Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ đã gửi; hồ sơ được tiếp tục xử lý khi nhận được hồ sơ đã sửa đổi, bổ sung.";
    case "awaiting_superior":
      return `Không phải thực hiện thêm thủ tục nào; cơ quan giải quyết tiếp tục xử lý hồ sơ ngay khi có ý kiến của cơ quan cấp trên và thông báo cho ${you}.`;
  }
}

export async function renderStopNotice(dossier: Dossier, context: StopNoticeContext): Promise<Buffer> {
  const pause = pauseOf(dossier, context.pauseIndex);
  const agency = clean(context.agency.name);
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const receiving = context.receptionOffice ?? agencyName(context, dossier.receivingAgencyId);
  const doc = createDocument({
    title: `Thông báo dừng xử lý hồ sơ ${dossier.code}`,
    form: { set: formSetOf(dossier), kind: "stop_notice" },
    author: context.agency.name,
    createdAt: pause.from,
  });
  nationalHeader(doc, {
    agency: context.agency,
    reference: `Số: ${context.number ? clean(context.number) : "……"}`,
    place: context.place,
    date: pause.from,
  });
  title(doc, "Thông báo", "Về việc dừng xử lý hồ sơ");

  const applicant = dossier.applicant;
  const addressee = applicant.kind === "organization" ? applicant.name : `Ông/Bà ${clean(applicant.name)}`;
  centredLine(doc, `Kính gửi: ${addressee}`, { font: "bold" });
  doc.moveDown(0.6);
  const you = applicant.kind === "organization" ? "Quý tổ chức" : "Ông/Bà";
  rich(
    doc,
    [
      { text: `Ngày ${vnDate(receivedAt).replace(/^ngày /, "")}, ${clean(receiving)} tiếp nhận hồ sơ; ` },
      { text: "mã hồ sơ: " },
      { text: dossier.code, font: "bold" },
      { text: "." },
    ],
    { align: "justify" },
  );
  field(doc, "Nội dung yêu cầu giải quyết", procedureNameOf(dossier, context));
  doc.moveDown(0.3);
  rich(
    doc,
    [
      { text: `${agency} thông báo dừng xử lý hồ sơ kể từ ` },
      { text: vnDateTime(pause.from), font: "bold" },
      { text: "." },
    ],
    { align: "justify" },
  );
  rich(doc, [{ text: "Lý do: " }, { text: `${REASONS[pause.reason]}.`, font: "bold" }], { align: "justify" });
  field(doc, "Căn cứ", pause.proofRef);
  doc.moveDown(0.3);
  rich(doc, [{ text: `Đề nghị ${you}: `, font: "bold" }, { text: applicantDuty(dossier, pause, you) }], {
    align: "justify",
  });
  doc.moveDown(0.3);
  paragraph(
    doc,
    "Thời gian dừng xử lý không tính vào thời gian giải quyết hồ sơ; ngày hẹn trả kết quả được lùi tương ứng với thời gian dừng và sẽ được thông báo khi hồ sơ được tiếp tục xử lý.",
    { align: "justify" },
  );
  if (pause.to !== null) {
    paragraph(doc, `Hồ sơ đã được tiếp tục xử lý từ ${vnDateTime(pause.to)}.`, { font: "italic" });
  }
  paragraph(doc, `${agency} trân trọng thông báo./.`);

  signatures(
    doc,
    [
      {
        title: context.signer?.title ?? "Thủ trưởng cơ quan",
        note: "(Ký, ghi rõ họ tên và đóng dấu)",
        name: context.signer?.name ?? null,
      },
    ],
    {
      aside: [
        [{ text: "Nơi nhận:", font: "bold" }],
        [{ text: "- Như trên;" }],
        [{ text: `- ${clean(receiving)};` }],
        [{ text: "- Lưu: VT." }],
      ],
    },
  );
  return toBuffer(doc);
}
