import type { CatalogRecord } from "../../../contracts/catalog.ts";
import { DEMO_AGENCIES } from "../../db/seed/demo-organization.ts";
import { DEMO_PROCEDURES } from "../../db/seed/demo-procedures.ts";
import { portalDate, type ThuTucQuocGia } from "../national-portal/wire.ts";

/**
 * CFG-1, INT-1: what the simulated national procedure database (CSDL quốc gia về TTHC) and agency
 * list hold at start: the demo catalog and the demo agencies of motcua's seed, written as the
 * portal writes them, so that an import from the simulator finds what the demo already has.
 */

/** An agency as `LayDanhMucCoQuan` lists it. */
export interface CoQuanQuocGia {
  readonly MaCoQuan: string;
  readonly TenCoQuan: string;
  readonly MaCoQuanCha: string;
}

/** The (illustrative) decision that published the demo procedures, and its date. */
const DEMO_DECISION = { id: "Quyết định 1234/QĐ-UBND (mã minh họa)", at: Date.UTC(2025, 6, 1, 1, 0, 0) };

const LEVELS: Record<CatalogRecord["levels"][number], string> = {
  province: "tinh",
  department: "tinh",
  district: "huyen",
  commune: "xa",
};
const APPLICANTS: Record<CatalogRecord["applicantTypes"][number], string> = {
  individual: "cong_dan",
  organization: "to_chuc",
};
const SERVICE_LEVELS: Record<CatalogRecord["serviceLevel"], string> = {
  full_online: "toan_trinh",
  partial_online: "mot_phan",
  information_only: "cung_cap_thong_tin",
};

/** A procedure of motcua's catalog file as the national database publishes it. */
export function nationalProcedureOf(record: CatalogRecord): ThuTucQuocGia {
  return {
    MaTTHC: record.code,
    TenTTHC: record.name,
    MaLinhVuc: record.field.code,
    TenLinhVuc: record.field.name,
    CapThucHien: [...new Set(record.levels.map((level) => LEVELS[level]))],
    MaCoQuanThucHien: record.agencyCodes,
    DoiTuongThucHien: record.applicantTypes.map((type) => APPLICANTS[type]),
    MucDo: SERVICE_LEVELS[record.serviceLevel],
    ThoiHanGiaiQuyet: processingTimeOf(record.processingTime),
    PhiLePhi: record.fees.map((fee) => ({
      Loai: fee.kind === "fee" ? "phi" : "le_phi",
      Ten: fee.name,
      MucThu: fee.amount,
      DieuKien: fee.condition,
    })),
    ThanhPhanHoSo: record.components.map((component, index) => ({
      MaThanhPhan: String(index + 1),
      Ten: component.name,
      BatBuoc: component.required ? 1 : 0,
      BanChinh: component.originals,
      BanSaoChungThuc: component.certifiedCopies,
      BanPhoTo: component.photocopies,
    })),
    TrinhTuThucHien: record.steps,
    CanCuPhapLy: record.legalBasis.map((document) => `${document.number} ${document.title}`),
    QuyetDinhCongBo: DEMO_DECISION.id,
    NgayQuyetDinh: portalDate(DEMO_DECISION.at),
    NgayCapNhat: portalDate(DEMO_DECISION.at),
  };
}

function processingTimeOf(time: CatalogRecord["processingTime"]): ThuTucQuocGia["ThoiHanGiaiQuyet"] {
  switch (time.unit) {
    case "working_hours":
      return { SoLuong: time.amount, DonVi: "gio_lam_viec" };
    case "half_days":
      return { SoLuong: time.amount / 2, DonVi: "ngay_lam_viec" };
    case "calendar_days":
      return { SoLuong: time.amount, DonVi: "ngay" };
    case "working_days":
      return { SoLuong: time.amount, DonVi: "ngay_lam_viec" };
  }
}

/** The national catalog at start: every demo procedure. */
export function seedNationalCatalog(): ThuTucQuocGia[] {
  return DEMO_PROCEDURES.map(nationalProcedureOf);
}

/** The agencies of the demo province (QCVN 102:2016 identifiers `000.00.xx.H56`). */
export const NATIONAL_AGENCIES: readonly CoQuanQuocGia[] = DEMO_AGENCIES.map((agency) => ({
  MaCoQuan: agency.code,
  TenCoQuan: agency.name,
  MaCoQuanCha: agency.parentCode ?? "",
}));
