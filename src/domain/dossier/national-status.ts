import type { Dossier } from "./state.ts";
import type { DossierStatus } from "./status.ts";

/** INT-1: the dossier status codes (TrangThaiHoSo) of the National Public Service Portal (DVCQG). */
export type NationalStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const NATIONAL_STATUS_NAMES: Readonly<Record<NationalStatusCode, string>> = {
  1: "Mới đăng ký",
  2: "Được tiếp nhận",
  3: "Không được tiếp nhận",
  4: "Đang xử lý",
  5: "Yêu cầu bổ sung giấy tờ",
  6: "Yêu cầu thực hiện nghĩa vụ tài chính",
  7: "Công dân yêu cầu rút hồ sơ",
  8: "Dừng xử lý",
  9: "Đã xử lý xong",
  10: "Đã trả kết quả",
};

/** The code of each state; `paused` and `cancellation_requested` depend on more than the state. */
const BY_STATUS: Readonly<Record<DossierStatus, NationalStatusCode | "by_pause" | "by_underlying" | null>> = {
  awaiting_acceptance: 1,
  awaiting_online_supplement: 5,
  received: 2,
  in_processing: 4,
  transferred: 4,
  awaiting_supplement: 5,
  correction_requested: 5,
  paused: "by_pause",
  awaiting_approval: 4,
  approved: 4,
  result_at_one_stop: 4,
  result_ready: 9,
  returned: 10,
  refused_at_reception: 3,
  not_competent: 3,
  refused: 10,
  withdrawal_requested: 7,
  withdrawal_forwarded: 7,
  withdrawal_allowed: 7,
  withdrawal_papers_returned: 7,
  withdrawn: 7,
  cancellation_requested: "by_underlying",
  cancelled: null,
};

/**
 * The DVCQG status of a dossier:
 * - paused for land obligations or fees → 6; for a superior's opinion → 8;
 * - a refusal after review (Mẫu 03, finished) → 10: its answer has been given; 3 is for refusals
 *   at reception (and not-competent online dossiers);
 * - a cancellation under review → the code of the state underneath (the applicant sees no change);
 * - cancelled → null: not reported; the sync adapter withdraws the dossier (CAN-3).
 */
export function nationalStatusCode(dossier: Dossier): NationalStatusCode | null {
  const code = BY_STATUS[dossier.status];
  if (code === "by_pause") {
    const open = dossier.pauses[dossier.pauses.length - 1];
    return open?.reason === "awaiting_superior" ? 8 : 6;
  }
  if (code === "by_underlying") {
    const underlying = dossier.cancellations[dossier.cancellations.length - 1]?.returnTo ?? "received";
    return nationalStatusCode({ ...dossier, status: underlying });
  }
  return code;
}
