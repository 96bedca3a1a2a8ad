/**
 * The states of a dossier (see README.md for the diagram). The English name is the stable value
 * stored and exchanged; the Vietnamese label is what people read.
 */
export const DOSSIER_STATUSES = [
  "awaiting_acceptance",
  "awaiting_online_supplement",
  "received",
  "in_processing",
  "transferred",
  "awaiting_supplement",
  "correction_requested",
  "paused",
  "awaiting_approval",
  "approved",
  "result_at_one_stop",
  "result_ready",
  "returned",
  "refused_at_reception",
  "not_competent",
  "refused",
  "withdrawal_requested",
  "withdrawal_forwarded",
  "withdrawal_allowed",
  "withdrawal_papers_returned",
  "withdrawn",
  "cancellation_requested",
  "cancelled",
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
  awaiting_acceptance: "Mới đăng ký, chờ tiếp nhận",
  awaiting_online_supplement: "Chờ bổ sung trước khi tiếp nhận",
  received: "Đã tiếp nhận",
  in_processing: "Đang xử lý",
  transferred: "Đã chuyển liên thông, chờ cơ quan nhận",
  awaiting_supplement: "Trả lại để bổ sung hồ sơ",
  correction_requested: "Tạm dừng, chờ sửa đổi, bổ sung",
  paused: "Tạm dừng",
  awaiting_approval: "Chờ lãnh đạo phê duyệt",
  approved: "Đã phê duyệt, chờ phát hành kết quả",
  result_at_one_stop: "Kết quả đã chuyển về Bộ phận Một cửa",
  result_ready: "Đã có kết quả, chờ trả",
  returned: "Đã trả kết quả",
  refused_at_reception: "Từ chối tiếp nhận",
  not_competent: "Không thuộc thẩm quyền",
  refused: "Từ chối giải quyết",
  withdrawal_requested: "Công dân yêu cầu rút hồ sơ",
  withdrawal_forwarded: "Đã chuyển yêu cầu rút hồ sơ",
  withdrawal_allowed: "Đã cho rút, chờ chuyển trả hồ sơ",
  withdrawal_papers_returned: "Hồ sơ đã chuyển về Bộ phận Một cửa để trả",
  withdrawn: "Đã rút hồ sơ",
  cancellation_requested: "Đề nghị hủy hồ sơ",
  cancelled: "Đã hủy",
};

/** States after which nothing moves any more, except the few after-the-end commands (RES-5, CAN). */
export const FINAL_STATUSES: readonly DossierStatus[] = [
  "returned",
  "refused_at_reception",
  "not_competent",
  "refused",
  "withdrawn",
  "cancelled",
];

export function isFinalStatus(status: DossierStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** States where a withdrawal or a cancellation is under way on top of another state. */
export const INTERRUPTION_STATUSES: readonly DossierStatus[] = [
  "withdrawal_requested",
  "withdrawal_forwarded",
  "withdrawal_allowed",
  "withdrawal_papers_returned",
  "cancellation_requested",
];
