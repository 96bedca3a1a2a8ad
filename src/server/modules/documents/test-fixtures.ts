import { at } from "../../../domain/calendar/test-support.ts";
import type { Actor } from "../../../domain/dossier/actor.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import {
  AGENCY_A,
  AGENCY_B,
  actors,
  cmd,
  INTERAGENCY_WORKFLOW,
  newInput,
  ONE_STOP_AGENCY,
  run,
  UNIT_A,
  UNIT_B,
} from "../../../domain/dossier/test-support.ts";
import type { DocumentContext } from "./context.ts";
import type { ReceiptContext } from "./render-receipt.ts";

/** Dossiers and contexts for the documents tests (not used by production code). */

export const APPLICANT = {
  kind: "individual",
  name: "Nguyễn Thị Hằng",
  idNumber: "026190001234",
  phone: "0912345678",
  email: "hang.nguyen@example.vn",
  address: "Số 12 đường Nguyễn Trãi, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc",
} as const;

export const CONTEXT: DocumentContext = {
  agency: {
    superiorName: "UBND tỉnh Vĩnh Phúc",
    name: "Trung tâm Phục vụ hành chính công tỉnh",
    address: "Số 2 đường Hai Bà Trưng, phường Đống Đa, thành phố Vĩnh Yên",
    phone: "0211 3862 555",
  },
  place: "Vĩnh Phúc",
  agencyNames: {
    [ONE_STOP_AGENCY]: "Trung tâm Phục vụ hành chính công tỉnh",
    [AGENCY_A]: "Sở Xây dựng",
    [UNIT_A]: "Phòng Quản lý nhà và thị trường bất động sản",
    [AGENCY_B]: "Cục Thuế tỉnh",
    [UNIT_B]: "Đội Trước bạ",
  },
  officerNames: {
    "os-1": "Lê Thị Thuỷ",
    "sp-a": "Phạm Văn Đức",
    "head-a": "Trần Quốc Hưng",
    "lead-a": "Hoàng Minh Tuấn",
    "sp-b": "Đỗ Thị Ngọc Ánh",
    "lead-b": "Vũ Đình Khải",
  },
  procedureName: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
};

export const RECEIPT_CONTEXT: ReceiptContext = {
  ...CONTEXT,
  lookupBaseUrl: "https://dichvucong.vinhphuc.gov.vn/",
  receivedBy: "Lê Thị Thuỷ",
  components: [
    {
      name: "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)",
      originals: 1,
      certifiedCopies: 0,
      photocopies: 0,
    },
    {
      name: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
      originals: 0,
      certifiedCopies: 1,
      photocopies: 0,
    },
    { name: "Bản vẽ thiết kế xây dựng", originals: 2, certifiedCopies: 0, photocopies: 0 },
    { name: "Căn cước công dân của người đề nghị", originals: 0, certifiedCopies: 0, photocopies: 1 },
  ],
  trackingBook: { volume: "02/2026", number: 37 },
};

const input = (when: string, sequence: number, overrides: Parameters<typeof newInput>[1] = {}) =>
  newInput(when, { applicant: APPLICANT, ...overrides }, sequence);

/** Received Wed 04/02/2026 16:00; 10 working days over Tết → Wed 25/02/2026 16:00. */
export function receivedDossier(): Dossier {
  const when = "2026-02-04T16:00";
  return run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: { kind: "complete" },
      ...input(when, 17),
    },
    when,
  );
}

/** Liên thông (PRC-4) through the tax office, early, returned at the counter. */
export function returnedDossier(sequence = 3, applicant: Dossier["applicant"] = APPLICANT): Dossier {
  const when = "2026-03-02T09:00";
  let dossier = run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: { kind: "complete" },
      ...input(when, sequence, { workflow: INTERAGENCY_WORKFLOW, applicant }),
    },
    when,
  );
  dossier = run(dossier, cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
  dossier = run(dossier, cmd("transfer", actors.specialist), "2026-03-05T15:00");
  dossier = run(dossier, cmd("accept_transfer", actors.specialistB), "2026-03-06T08:30");
  dossier = run(dossier, cmd("transfer", actors.specialistB), "2026-03-11T10:00");
  dossier = run(dossier, cmd("accept_transfer", actors.unitHead), "2026-03-11T14:00");
  dossier = run(dossier, cmd("submit_for_approval", actors.unitHead), "2026-03-12T09:00");
  dossier = run(dossier, cmd("approve", actors.leader), "2026-03-12T10:00");
  dossier = run(
    dossier,
    cmd("upload_result", actors.leader, { documentNumber: "15/GPXD", fileRef: "kq/15.pdf" }),
    "2026-03-12T10:30",
  );
  dossier = run(dossier, cmd("send_result", actors.leader), "2026-03-12T11:00");
  dossier = run(dossier, cmd("confirm_result", actors.oneStop), "2026-03-12T14:00");
  return run(dossier, cmd("return_result", actors.oneStop), "2026-03-13T08:30");
}

/** Received Mon 02/03/2026 09:00, handed over, returned for supplement (PRC-5) on 04/03. */
export function supplementDossier(sequence = 5): Dossier {
  const when = "2026-03-02T09:00";
  let dossier = run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: { kind: "complete" },
      ...input(when, sequence),
    },
    when,
  );
  dossier = run(dossier, cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
  return run(
    dossier,
    cmd("return_for_supplement", actors.specialist, {
      reason: "Bản vẽ thiết kế chưa thể hiện mặt cắt móng; thiếu cam kết bảo đảm an toàn công trình liền kề.",
      items: [
        "Bản vẽ mặt cắt móng và mặt cắt đấu nối hạ tầng kỹ thuật",
        "Bản cam kết bảo đảm an toàn đối với công trình liền kề",
        "Bản sao chứng thực giấy tờ về quyền sử dụng đất (trang bổ sung)",
      ],
    }),
    "2026-03-04T14:30",
  );
}

/** Refused at the counter (REC-2 c, Mẫu 03). */
export function refusedDossier(sequence = 8): Dossier {
  const when = "2026-03-03T10:15";
  return run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: {
        kind: "refused",
        reason:
          "Thửa đất thuộc khu vực đã có quyết định thu hồi đất để thực hiện dự án; không đủ điều kiện cấp giấy phép xây dựng.",
      },
      ...input(when, sequence),
    },
    when,
  );
}

/** Received Mon 02/03/2026 09:00 (due 16/03 09:00); apology on 13/03 with a new date 20/03 17:00. */
export function apologyDossier(sequence = 9, by: Actor = actors.leader): Dossier {
  const when = "2026-03-02T09:00";
  let dossier = run(
    null,
    {
      type: "receive",
      actor: actors.oneStop,
      channel: "counter",
      outcome: { kind: "complete" },
      ...input(when, sequence),
    },
    when,
  );
  dossier = run(dossier, cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
  return run(
    dossier,
    cmd("issue_apology", by, {
      reason: "Chờ kết quả đo đạc, kiểm tra hiện trạng thửa đất của đơn vị tư vấn độc lập.",
      newDue: at("2026-03-20T17:00"),
    }),
    "2026-03-13T09:00",
  );
}
