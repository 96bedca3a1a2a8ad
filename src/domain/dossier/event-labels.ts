import type { DossierEventType } from "./events.ts";

/**
 * What the timeline calls each event: one key per event type, and a reception refused at the
 * counter (a `dossier_received` event whose dossier is refused, Mẫu 03) apart.
 */
export type TimelineLabelKey = DossierEventType | "reception_refused_at_counter";

/** The timeline's labels in Vietnamese (the web translates the same keys for other languages). */
export const EVENT_LABELS: Readonly<Record<TimelineLabelKey, string>> = {
  dossier_received: "Tiếp nhận hồ sơ",
  dossier_submitted_online: "Nộp hồ sơ trực tuyến",
  dossier_received_from_portal: "Nhận hồ sơ nộp trên Cổng Dịch vụ công quốc gia",
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
  reception_refused_at_counter: "Từ chối tiếp nhận hồ sơ (Mẫu 03)",
};
