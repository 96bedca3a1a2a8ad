import type { DossierEventType, LateEntry, LateEntryKind } from "../../../domain/dossier/index.ts";
import { vnDateTime } from "../documents/layout.ts";

/** What each event says in the timeline, in Vietnamese. */
export const EVENT_LABELS: Readonly<Record<DossierEventType, string>> = {
  dossier_received: "Tiếp nhận hồ sơ",
  dossier_submitted_online: "Nộp hồ sơ trực tuyến",
  online_dossier_accepted: "Tiếp nhận hồ sơ trực tuyến",
  online_supplement_requested: "Yêu cầu bổ sung trước khi tiếp nhận",
  reception_refused: "Từ chối tiếp nhận hồ sơ",
  declared_not_competent: "Không thuộc thẩm quyền, hướng dẫn nộp đúng nơi",
  supplement_received: "Nhận hồ sơ bổ sung",
  handed_over: "Chuyển xử lý",
  assigned: "Phân công xử lý",
  transferred: "Chuyển liên thông",
  transfer_accepted: "Nhận hồ sơ liên thông",
  consultation_requested: "Xin ý kiến cơ quan, đơn vị liên quan",
  consultation_answered: "Nhận ý kiến trả lời",
  returned_for_supplement: "Trả hồ sơ để bổ sung, hoàn thiện",
  correction_requested: "Yêu cầu sửa đổi, bổ sung hồ sơ",
  paused: "Tạm dừng xử lý",
  resumed: "Tiếp tục xử lý",
  apology_issued: "Xin lỗi và hẹn lại ngày trả kết quả",
  new_appointment_confirmed: "Xác nhận ngày hẹn trả kết quả mới",
  late_warning_issued: "Cảnh báo sắp đến hạn",
  lateness_reason_recorded: "Ghi lý do quá hạn",
  payment_recorded: "Ghi nhận nộp phí, lệ phí",
  submitted_for_approval: "Trình lãnh đạo phê duyệt",
  approved: "Lãnh đạo phê duyệt",
  sent_back: "Lãnh đạo trả lại để xử lý lại",
  result_uploaded: "Tải lên kết quả giải quyết",
  result_sent: "Chuyển kết quả về Bộ phận Một cửa",
  result_confirmed: "Bộ phận Một cửa xác nhận kết quả",
  result_error_flagged: "Báo kết quả có sai sót",
  result_corrected: "Đính chính, thay thế kết quả",
  result_returned: "Trả kết quả",
  refused_after_review: "Từ chối giải quyết hồ sơ",
  refused_for_unpaid_fees: "Từ chối vì không nộp phí, lệ phí đúng hạn",
  withdrawal_requested: "Yêu cầu rút hồ sơ",
  withdrawal_forwarded: "Chuyển yêu cầu rút hồ sơ",
  withdrawal_allowed: "Đồng ý cho rút hồ sơ",
  withdrawal_rejected: "Không đồng ý cho rút hồ sơ",
  papers_sent_back: "Chuyển trả hồ sơ về Bộ phận Một cửa",
  withdrawal_ended: "Kết thúc việc rút hồ sơ",
  cancellation_requested: "Đề nghị hủy hồ sơ",
  cancellation_approved: "Đồng ý hủy hồ sơ",
  cancellation_rejected: "Không đồng ý hủy hồ sơ",
};

/** SEC-4 / REC-6: why a reception was entered afterwards. */
export const LATE_ENTRY_LABELS: Readonly<Record<LateEntryKind, string>> = {
  outage: "Nhập bù hồ sơ tiếp nhận trên giấy khi hệ thống gián đoạn",
  off_site: "Nhập bù hồ sơ tiếp nhận ngoài trụ sở (lưu động, kiểm tra thực tế)",
};

export const FINISH_LABELS = { early: "Trước hạn", on_time: "Đúng hạn", late: "Quá hạn" } as const;

export const CHANNEL_LABELS = { counter: "Trực tiếp", post: "Bưu chính", online: "Trực tuyến" } as const;

/** The label of an event of a stored row (a reception refused at the counter reads as such). */
export function eventLabel(type: string, payload: unknown): string {
  if (type === "dossier_received" && statusIn(payload) === "refused_at_reception") {
    return "Từ chối tiếp nhận hồ sơ (Mẫu 03)";
  }
  return EVENT_LABELS[type as DossierEventType] ?? type;
}

function statusIn(payload: unknown): unknown {
  const dossier = (payload as { dossier?: { status?: unknown } } | null)?.dossier;
  return dossier?.status;
}

/** A short detail of an event for the timeline: a reason, a step, a document number. */
export function eventDetail(
  type: string,
  payload: unknown,
  stepName: (index: number) => string | null,
): string | null {
  const p = (payload ?? {}) as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  switch (type) {
    case "handed_over":
    case "transferred":
    case "sent_back": {
      const to = (p.handOver as { to?: { kind?: string; index?: number } } | undefined)?.to;
      const step = to?.kind === "step" && typeof to.index === "number" ? stepName(to.index) : null;
      const reason = str(p.reason);
      return [step ? `Đến bước: ${step}` : null, reason].filter(Boolean).join(" — ") || null;
    }
    case "result_uploaded":
    case "result_corrected":
      return str(p.documentNumber) ? `Số, ký hiệu: ${p.documentNumber}` : null;
    case "result_confirmed": {
      const outcome = (p.finish as { outcome?: keyof typeof FINISH_LABELS } | undefined)?.outcome;
      return outcome ? FINISH_LABELS[outcome] : null;
    }
    case "payment_recorded":
      return typeof p.amount === "number" ? `${p.amount.toLocaleString("vi-VN")} đồng` : null;
    case "consultation_requested":
      return [str(p.toName), str(p.subject)].filter(Boolean).join(": ") || null;
    case "declared_not_competent":
      return str(p.guidance);
    case "result_error_flagged":
      return str(p.description);
    case "dossier_received": {
      const refusal = (p.dossier as { refusal?: { reason?: unknown } } | undefined)?.refusal;
      return [lateEntryDetail(p.lateEntry), str(refusal?.reason)].filter(Boolean).join(" — ") || null;
    }
    default:
      return str(p.reason);
  }
}

/** A late entry (SEC-4 / REC-6): the real reception time; the event's own time is when it was entered. */
function lateEntryDetail(value: unknown): string | null {
  const entry = value as LateEntry | undefined;
  if (!entry || !(entry.kind in LATE_ENTRY_LABELS)) return null;
  return `${LATE_ENTRY_LABELS[entry.kind]}; tiếp nhận thực tế lúc ${vnDateTime(entry.receivedAt)}`;
}
