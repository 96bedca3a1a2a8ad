import { randomUUID } from "node:crypto";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { FormDefinition } from "../../../domain/forms/definition.ts";
import { DEMO_EID_ACCOUNTS, fullNameOf } from "../../db/seed/demo-citizens.ts";
import { FORMS } from "../../db/seed/demo-forms-workflows.ts";
import {
  type HoSoNopTrucTuyen,
  type PortalApplicantKind,
  type PortalResultDelivery,
  portalDate,
  type TepNop,
  type ThuTucQuocGia,
} from "../national-portal/wire.ts";
import { fillForm } from "./fill-form.ts";
import { nationalCodeOf } from "./national-code.ts";
import type { PortalState } from "./portal-state.ts";
import { samplePdf } from "./sample-pdf.ts";

/** A file the citizen attached: to component `component` ("1" = first), by default the next one. */
export interface SubmittedFile {
  readonly component?: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/**
 * What a citizen submits on the portal. Only the procedure is needed: the agency defaults to the
 * procedure's first, the applicant to the first demo e-ID account (verified with VNeID), the
 * e-form data to a filled-in demo form (when the procedure has one), the files to one small PDF per
 * required component.
 */
export interface PortalSubmissionInput {
  readonly procedureCode: string;
  readonly agencyCode?: string;
  readonly applicant?: {
    readonly name: string;
    /** 12-digit personal identification number (or the organization's paper number). */
    readonly idNumber: string;
    readonly phone?: string;
    readonly email?: string;
    readonly address?: string;
    readonly kind?: PortalApplicantKind;
  };
  readonly verifiedWithVneid?: boolean;
  readonly resultDelivery?: PortalResultDelivery;
  readonly formData?: Record<string, unknown>;
  readonly files?: readonly SubmittedFile[];
}

/** A submission refused before it reaches the portal's queue (unknown procedure or agency). */
export class SubmissionRefused extends Error {
  override readonly name = "SubmissionRefused";
}

const DEMO_FORMS = new Map(FORMS.map((form) => [form.code, FormDefinition.parse(form.definition)]));

/**
 * REC-10: records a dossier a citizen submitted on the portal: gives it the next `SoThuTu` and its
 * national code (TT 04/2025), stores its files where `DuongDanTaiTepTin` points (`{root}/files/:id`)
 * and queues it, undelivered, for motcua's intake (push and polling).
 */
export function submitOnPortal(
  state: PortalState,
  input: PortalSubmissionInput,
  root: string,
  now: number,
): HoSoNopTrucTuyen {
  const procedure = state.catalog.get(input.procedureCode);
  if (!procedure) throw new SubmissionRefused(`Không có thủ tục ${input.procedureCode} trên Cổng DVCQG.`);
  const agencyCode = input.agencyCode ?? procedure.MaCoQuanThucHien[0] ?? "";
  if (!procedure.MaCoQuanThucHien.includes(agencyCode)) {
    throw new SubmissionRefused(`Cơ quan ${agencyCode} không thực hiện thủ tục ${procedure.MaTTHC}.`);
  }
  const applicant = input.applicant ?? defaultApplicant();
  const files = input.files ?? requiredPapers(procedure.ThanhPhanHoSo);
  const papers: TepNop[] = files.map((file, index) => {
    const id = randomUUID();
    state.files.set(id, { id, name: file.name, mediaType: file.mediaType, content: file.content });
    return {
      MaThanhPhanHoSo: file.component ?? String(index + 1),
      TenTepDinhKem: file.name,
      DuongDanTaiTepTin: `${root}/files/${id}`,
      LoaiTep: file.mediaType,
      KichThuoc: file.content.length,
    };
  });
  state.sequence += 1;
  const dossier: HoSoNopTrucTuyen = {
    MaHoSoQG: nationalCodeOf(agencyCode, now, state.sequence),
    SoThuTu: state.sequence,
    MaTTHC: procedure.MaTTHC,
    MaCoQuan: agencyCode,
    NgayNopHoSo: portalDate(now),
    ChuHoSo: applicant.name,
    LoaiDoiTuong: applicant.kind ?? 1,
    SoGiayToChuHoSo: applicant.idNumber,
    SoDienThoai: applicant.phone ?? "",
    Email: applicant.email ?? "",
    DiaChi: applicant.address ?? "",
    MaDoiTuong: `CD-${applicant.idNumber}`,
    TaiKhoanDuocXacThucVoiVNeID: (input.verifiedWithVneid ?? true) ? 1 : 0,
    HinhThucNhanKetQua: input.resultDelivery ?? 3,
    DuLieuBieuMau: input.formData ?? demoFormData(procedure.MaTTHC, applicant, now),
    DaKySo: 0,
    TaiLieuNop: papers,
    DanhSachLePhi: procedure.PhiLePhi.map((fee, index) => ({
      TenPhiLePhi: fee.Ten,
      MaPhiLePhi: `${procedure.MaTTHC}-${index + 1}`,
      Gia: fee.MucThu,
      DaThanhToan: 0,
    })),
  };
  state.submissions.push({ dossier, submittedAt: now, delivered: false });
  return dossier;
}

function defaultApplicant(): NonNullable<PortalSubmissionInput["applicant"]> {
  const account = DEMO_EID_ACCOUNTS[0];
  if (!account) throw new Error("no demo e-ID account");
  return {
    name: fullNameOf(account),
    idNumber: account.identityNumber,
    phone: account.phoneNumber,
    email: account.email,
    address: `${account.address.streetAddress}, ${account.address.locality}, ${account.address.region}`,
  };
}

/** One small PDF per required component, named after it. */
function requiredPapers(components: ThuTucQuocGia["ThanhPhanHoSo"]): SubmittedFile[] {
  return components
    .filter((component) => component.BatBuoc === 1)
    .map((component) => ({
      component: component.MaThanhPhan,
      name: `thanh-phan-${component.MaThanhPhan}.pdf`,
      mediaType: "application/pdf",
      content: samplePdf(component.Ten),
    }));
}

/** The demo e-form filled in for the applicant, or no data when the procedure has no e-form. */
function demoFormData(
  procedureCode: string,
  applicant: NonNullable<PortalSubmissionInput["applicant"]>,
  now: number,
): Record<string, unknown> {
  const form = DEMO_FORMS.get(procedureCode);
  if (!form) return {};
  return fillForm(
    form,
    {
      name: applicant.name,
      idNumber: applicant.idNumber,
      phone: applicant.phone ?? "0912000111",
      email: applicant.email ?? "nguoidan@example.vn",
    },
    localIsoDate(now),
  );
}
