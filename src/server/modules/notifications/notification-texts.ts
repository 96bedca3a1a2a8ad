import type { Dossier, DossierEventType, EventOf } from "../../../domain/dossier/index.ts";
import { vnAppointment, vnDateTime } from "../documents/layout.ts";

/**
 * What the applicant is told, per event, in Vietnamese: a subject and the paragraphs of the
 * message (greeting, dossier code and procedure are added by `notificationsFor`). An event
 * missing here, or a composer answering null, sends nothing. The texts read the dossier as it is
 * after the event (one event per command, so it holds exactly what the event did).
 */

export interface NotificationDraft {
  readonly subject: string;
  readonly paragraphs: readonly string[];
}

type Compose<T extends DossierEventType> = (dossier: Dossier, event: EventOf<T>) => NotificationDraft | null;
export type Composers = { readonly [T in DossierEventType]?: Compose<T> };

const bullets = (items: readonly string[]) => items.map((item) => `  - ${item}`).join("\n");
const money = (amount: number) => `${amount.toLocaleString("vi-VN")} đồng`;

/** REC-2 (d), REC-3: the appointment of Mẫu 01, from the clock started at reception. */
function appointmentLine(dossier: Dossier): string {
  return dossier.clock ? `Ngày hẹn trả kết quả: ${vnAppointment(dossier.clock.appointment)}.` : "";
}

/** REC-3, PRC-5, PRC-6 (Mẫu 02): the reason and everything to add, given once. */
function supplementRequest(subject: string, intro: string, closing: string) {
  return (dossier: Dossier): NotificationDraft | null => {
    const request = dossier.supplementRequests[dossier.supplementRequests.length - 1];
    if (!request) return null;
    return {
      subject: `Hồ sơ ${dossier.code}: ${subject}`,
      paragraphs: [
        intro,
        `Lý do: ${request.reason}`,
        `Nội dung cần bổ sung, hoàn thiện:\n${bullets(request.items)}`,
        closing,
      ],
    };
  };
}

/** Mẫu 03 and REC-2 (a): a refusal at reception or after review, or for unpaid fees (PAU-2). */
function refusal(dossier: Dossier): NotificationDraft | null {
  const refused = dossier.refusal;
  if (!refused) return null;
  const atReception = refused.stage === "reception";
  return {
    subject: `Hồ sơ ${dossier.code} ${atReception ? "không được tiếp nhận" : "bị từ chối giải quyết"}`,
    paragraphs: [
      atReception
        ? `Cơ quan có thẩm quyền thông báo không tiếp nhận hồ sơ của Ông/Bà (${vnDateTime(refused.effectiveAt)}).`
        : `Cơ quan có thẩm quyền thông báo từ chối giải quyết hồ sơ của Ông/Bà, kể từ ${vnDateTime(refused.effectiveAt)}.`,
      `Lý do: ${refused.reason}`,
    ],
  };
}

function received(dossier: Dossier): NotificationDraft | null {
  if (dossier.status === "refused_at_reception") return refusal(dossier);
  return {
    subject: `Hồ sơ ${dossier.code} đã được tiếp nhận`,
    paragraphs: [
      `Bộ phận Một cửa đã tiếp nhận hồ sơ của Ông/Bà lúc ${vnDateTime(dossier.receivedAt ?? dossier.submittedAt)}.`,
      appointmentLine(dossier),
    ],
  };
}

const RESULT_WHERE = {
  electronic: "Kết quả điện tử được trả trên Cổng Dịch vụ công; Ông/Bà đăng nhập để nhận.",
  post: "Kết quả sẽ được gửi đến Ông/Bà qua dịch vụ bưu chính.",
  counter:
    "Mời Ông/Bà đến Bộ phận Một cửa để nhận kết quả, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
} as const;

/** RES-2: the result is handed over only when the fees are paid. */
function feesStillDue(dossier: Dossier): string {
  const due = dossier.fees.due - dossier.fees.paid;
  return due > 0 ? `Ông/Bà cần nộp ${money(due)} phí, lệ phí còn thiếu trước khi nhận kết quả.` : "";
}

const RETURNED_HOW = {
  electronic: "Kết quả điện tử đã được trả trên Cổng Dịch vụ công",
  post: "Kết quả đã được gửi qua dịch vụ bưu chính",
  counter: "Kết quả đã được trả tại Bộ phận Một cửa",
} as const;

/** PAY-1: how the fees of a fee notice can be paid (the online link is added to the e-mail). */
export const FEE_PAYMENT_WAYS = [
  "Cách nộp:",
  "  - Trực tuyến: đăng nhập Cổng Dịch vụ công bằng VNeID, mở hồ sơ và chọn «Thanh toán trực tuyến» (đường dẫn ở cuối thư);",
  "  - Trực tiếp tại Bộ phận Một cửa, hoặc chuyển khoản, qua bưu chính; Ông/Bà nhận biên lai ghi số hồ sơ.",
].join("\n");

export const COMPOSERS: Composers = {
  dossier_received: received,
  online_dossier_accepted: (dossier) => ({
    subject: `Hồ sơ ${dossier.code} đã được tiếp nhận chính thức`,
    paragraphs: [
      `Hồ sơ Ông/Bà nộp trực tuyến lúc ${vnDateTime(dossier.submittedAt)} đã được Bộ phận Một cửa tiếp nhận chính thức lúc ${vnDateTime(dossier.receivedAt ?? dossier.submittedAt)}.`,
      appointmentLine(dossier),
    ],
  }),
  online_supplement_requested: supplementRequest(
    "yêu cầu bổ sung, hoàn thiện hồ sơ",
    "Hồ sơ Ông/Bà nộp trực tuyến chưa đủ điều kiện để tiếp nhận.",
    "Ông/Bà vui lòng đăng nhập Cổng Dịch vụ công để bổ sung hồ sơ trực tuyến; hồ sơ giữ nguyên mã số.",
  ),
  returned_for_supplement: supplementRequest(
    "trả lại để bổ sung, hoàn thiện hồ sơ",
    "Qua xem xét, hồ sơ của Ông/Bà chưa đủ điều kiện giải quyết và được trả lại để bổ sung, hoàn thiện.",
    "Thời hạn giải quyết được tính lại từ đầu khi Ông/Bà nộp lại hồ sơ đầy đủ.",
  ),
  correction_requested: supplementRequest(
    "yêu cầu sửa đổi, bổ sung hồ sơ",
    "Hồ sơ của Ông/Bà cần được sửa đổi, bổ sung; việc giải quyết tạm dừng cho đến khi Ông/Bà nộp bổ sung.",
    "Thời gian tạm dừng không tính vào thời hạn giải quyết hồ sơ.",
  ),
  new_appointment_confirmed: (dossier, event) => ({
    subject: `Hồ sơ ${dossier.code}: xin lỗi và hẹn lại ngày trả kết quả`,
    paragraphs: [
      dossier.apology
        ? `Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ chưa thể trả kết quả đúng hẹn (${vnAppointment(dossier.apology.previousDue)}).\nLý do: ${dossier.apology.reason}`
        : "Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ chưa thể trả kết quả đúng hẹn.",
      `Ngày hẹn trả kết quả mới: ${vnAppointment(event.payload.appointment)}.`,
    ],
  }),
  paused: (dossier, { payload }) =>
    payload.reason !== "fees"
      ? null
      : {
          subject: `Hồ sơ ${dossier.code}: thông báo nộp phí, lệ phí`,
          paragraphs: [
            `Để tiếp tục giải quyết hồ sơ, Ông/Bà cần nộp phí, lệ phí: ${money(payload.feeAmount)}.`,
            payload.feeDeadline
              ? `Hạn nộp: ${vnAppointment(payload.feeDeadline.due)}. Quá hạn mà chưa nộp, hồ sơ sẽ bị từ chối giải quyết.`
              : "",
            FEE_PAYMENT_WAYS,
            "Hồ sơ tạm dừng giải quyết đến khi Ông/Bà nộp đủ; thời gian này không tính vào thời hạn giải quyết.",
          ],
        },
  result_confirmed: (dossier) => ({
    subject: `Hồ sơ ${dossier.code} đã có kết quả`,
    paragraphs: [
      "Hồ sơ của Ông/Bà đã có kết quả giải quyết.",
      RESULT_WHERE[dossier.resultDelivery],
      feesStillDue(dossier),
    ],
  }),
  result_returned: (dossier, { at, payload }) => ({
    subject: `Hồ sơ ${dossier.code} đã được trả kết quả`,
    paragraphs: [
      `${RETURNED_HOW[payload.method]} lúc ${vnDateTime(at)}${payload.reference ? ` (số tham chiếu: ${payload.reference})` : ""}.`,
      payload.storeInDataStore ? "Kết quả cũng được lưu vào Kho dữ liệu điện tử của Ông/Bà." : "",
    ],
  }),
  reception_refused: refusal,
  refused_after_review: refusal,
  refused_for_unpaid_fees: refusal,
  declared_not_competent: (dossier) => ({
    subject: `Hồ sơ ${dossier.code} không thuộc thẩm quyền giải quyết`,
    paragraphs: [
      "Hồ sơ của Ông/Bà không thuộc thẩm quyền giải quyết của cơ quan đã nhận.",
      dossier.notCompetent?.competentAgency
        ? `Cơ quan có thẩm quyền: ${dossier.notCompetent.competentAgency}.`
        : "",
      dossier.notCompetent ? `Hướng dẫn: ${dossier.notCompetent.guidance}` : "",
    ],
  }),
  withdrawal_allowed: (dossier, { payload }) => ({
    subject: `Hồ sơ ${dossier.code}: đồng ý cho rút hồ sơ`,
    paragraphs: [
      "Cơ quan giải quyết đồng ý để Ông/Bà rút hồ sơ; hồ sơ dừng giải quyết.",
      payload.papersBack
        ? "Hồ sơ giấy được chuyển về Bộ phận Một cửa; mời Ông/Bà đến nhận lại."
        : "Hồ sơ đã kết thúc.",
    ],
  }),
  withdrawal_rejected: (dossier, { payload }) => ({
    subject: `Hồ sơ ${dossier.code}: không đồng ý cho rút hồ sơ`,
    paragraphs: ["Cơ quan giải quyết không đồng ý cho rút hồ sơ.", `Lý do: ${payload.reason}`],
  }),
  cancellation_approved: (dossier) => {
    const request = dossier.cancellations[dossier.cancellations.length - 1];
    return {
      subject: `Hồ sơ ${dossier.code} đã bị hủy`,
      paragraphs: [
        "Hồ sơ đã bị hủy theo quyết định của cơ quan có thẩm quyền.",
        request ? `Lý do: ${request.reason}` : "",
      ],
    };
  },
};
