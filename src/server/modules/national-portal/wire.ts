/**
 * INT-1: the wire format of the National Public Service Portal (Cổng Dịch vụ công quốc gia,
 * DVCQG), as far as public evidence shows it (LEGAL-RESEARCH §6, §9: field names and status
 * codes from provincial client code; the current official specification was not available).
 * One JSON endpoint: every request is `POST {base}` with a `service` name; every answer carries
 * `error_code` ("0" = OK) and `message`. Dates are `yyyyMMddHHmmss` in Vietnam time. Both motcua's
 * client and the in-repo simulator speak exactly this module, so a change to the format is made
 * here once.
 */
import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";

export const SERVICES = {
  /** Sign-in: `{username, password, madonvi}` → `{session}`. */
  signIn: "LayPhienLamViec",
  /** Dossier sync: `{isUpdating: "true" | "false", data: HoSoDongBo[]}`. */
  syncDossiers: "DongBoHoSoMC",
  /** Progress records: `{data: TienDoHoSo[]}`. */
  syncProgress: "CapNhatTienDoHoSoMC",
  /** One procedure: `{MaTTHC}` → `{result: ThuTucQuocGia}`. */
  getProcedure: "LayThuTuc",
  /** The procedures of the province: `{}` → `{result: {MaTTHC, NgayCapNhat}[]}`. */
  listProcedures: "LayDanhSachTTHC",
  /** The agencies: `{}` → `{result: {MaCoQuan, TenCoQuan, MaCoQuanCha}[]}`. */
  listAgencies: "LayDanhMucCoQuan",
  /** What the portal holds of dossiers: `{MaHoSo: string[]}` or `{TuNgay, DenNgay}` → `{result: HoSoTraCuu[]}`. */
  lookUpDossiers: "TraCuuHoSo",
  /** Intake by polling (REC-10): `{sauSoThuTu}` → `{result: HoSoNopTrucTuyen[]}`, in order of `SoThuTu`. */
  listSubmitted: "LayDanhSachHoSoNop",
} as const;

export type ServiceName = (typeof SERVICES)[keyof typeof SERVICES];

/** `error_code` values. */
export const PORTAL_CODES = {
  ok: "0",
  /** The session is unknown or expired: sign in again. */
  sessionInvalid: "401",
  /** Insert of a dossier the portal already has: send it as an update. */
  alreadyExists: "409",
  /** Update of a dossier the portal does not have: send it as an insert. */
  notFound: "404",
  /** The request was understood and refused (a field is missing or wrong). */
  invalid: "400",
  /** The portal failed. */
  internal: "500",
} as const;

/** The header carrying the message id, which the portal deduplicates on. */
export const IDEMPOTENCY_HEADER = "idempotency-key";

export interface PortalAnswer {
  readonly error_code: string;
  readonly message: string;
  readonly session?: string;
  readonly result?: unknown;
}

/** Channel (KenhThucHien): 1 at the counter, 2 online, 3 by post. */
export type PortalChannel = 1 | 2 | 3;
/** LoaiDoiTuong: 1 citizen, 2 enterprise, 3 state agency, 4 other organization. */
export type PortalApplicantKind = 1 | 2 | 3 | 4;
/** HinhThucNhanKetQua: 1 at the counter, 2 by post, 3 electronically. */
export type PortalResultDelivery = 1 | 2 | 3;

/** A dossier as synced (`DongBoHoSoMC`), the fields motcua knows. */
export interface HoSoDongBo {
  /** motcua's dossier code (CODE-1). */
  readonly MaHoSo: string;
  /** The national dossier code (TT 04/2025) of a dossier submitted on the portal, else "". */
  readonly MaHoSoQG: string;
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  readonly MaLinhVuc: string;
  readonly TenLinhVuc: string;
  readonly KenhThucHien: PortalChannel;
  readonly ChuHoSo: string;
  readonly LoaiDoiTuong: PortalApplicantKind;
  readonly SoGiayToChuHoSo: string;
  readonly Email: string;
  readonly SoDienThoai: string;
  readonly TrichYeuHoSo: string;
  /** The receiving agency's identifier (MaCoQuan). */
  readonly CoQuanTiepNhan: string;
  readonly NgayNopHoSo: string;
  readonly NgayTiepNhan: string;
  readonly NgayHenTra: string;
  readonly TrangThaiHoSo: NationalStatusCode;
  readonly NgayKetThucXuLy: string;
  readonly NgayTra: string;
  /** HinhThuc: 0 normal, 1 result returned by post. */
  readonly HinhThuc: 0 | 1;
  readonly DonViXuLy: string;
  readonly NgayTuChoi: string;
  readonly TaiKhoanDuocXacThucVoiVNeID: 0 | 1;
  readonly DuocThanhToanTrucTuyen: 0 | 1;
  readonly GhiChu: string;
  readonly DanhSachLePhi: readonly {
    TenPhiLePhi: string;
    MaPhiLePhi: string;
    Gia: number;
    LoaiPhiLePhi: 1 | 2;
  }[];
}

/** A progress record (`CapNhatTienDoHoSoMC`): one hand-over or status change. */
export interface TienDoHoSo {
  readonly MaHoSo: string;
  /** Who acted (at most 50 characters). */
  readonly NguoiXuLy: string;
  readonly ChucDanh: string;
  readonly ThoiDiemXuLy: string;
  readonly PhongBanXuLy: string;
  readonly NoiDungXuLy: string;
  readonly TrangThai: NationalStatusCode;
  readonly NgayBatDau: string;
  readonly NgayKetThucTheoQuyDinh: string;
}

/** What the portal holds of a dossier (`TraCuuHoSo`), for reconciliation. */
export interface HoSoTraCuu {
  readonly MaHoSo: string;
  readonly MaHoSoQG: string;
  readonly CoQuanTiepNhan: string;
  readonly TrangThaiHoSo: NationalStatusCode;
  readonly NgayTiepNhan: string;
  /** When the portal last changed it, and whether that change came from motcua's sync. */
  readonly NgayCapNhat: string;
  readonly NguonCapNhat: "dong_bo" | "cong_quoc_gia";
}

/** A file of a dossier submitted on the portal, fetched by motcua from `DuongDanTaiTepTin`. */
export interface TepNop {
  /** The component's number in the procedure's list of components (1 = first), as a string. */
  readonly MaThanhPhanHoSo: string;
  readonly TenTepDinhKem: string;
  readonly DuongDanTaiTepTin: string;
  /** The declared media type and size; motcua checks the content itself. */
  readonly LoaiTep: string;
  readonly KichThuoc: number;
}

/** A dossier a citizen submitted on the portal (REC-10), pushed to motcua or polled. */
export interface HoSoNopTrucTuyen {
  /** The national dossier code (TT 04/2025): motcua's key for "the same dossier". */
  readonly MaHoSoQG: string;
  /** Polling cursor: increases with each submission. */
  readonly SoThuTu: number;
  readonly MaTTHC: string;
  /** The identifier of the agency the dossier is submitted to. */
  readonly MaCoQuan: string;
  readonly NgayNopHoSo: string;
  readonly ChuHoSo: string;
  readonly LoaiDoiTuong: PortalApplicantKind;
  readonly SoGiayToChuHoSo: string;
  readonly SoDienThoai: string;
  readonly Email: string;
  readonly DiaChi: string;
  /** The portal account (MaDoiTuong) and whether it was verified with VNeID. */
  readonly MaDoiTuong: string;
  readonly TaiKhoanDuocXacThucVoiVNeID: 0 | 1;
  readonly HinhThucNhanKetQua: PortalResultDelivery;
  /** The e-form's data, as the procedure's e-form in motcua defines it. */
  readonly DuLieuBieuMau: Record<string, unknown>;
  readonly DaKySo: 0 | 1;
  readonly TaiLieuNop: readonly TepNop[];
  readonly DanhSachLePhi: readonly {
    TenPhiLePhi: string;
    MaPhiLePhi: string;
    Gia: number;
    DaThanhToan: 0 | 1;
  }[];
}

/** A procedure of the national database (`LayThuTuc`), the fields motcua imports (CFG-1). */
export interface ThuTucQuocGia {
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  readonly MaLinhVuc: string;
  readonly TenLinhVuc: string;
  /** Cấp thực hiện: "tinh" | "xa" (2025: no district level). */
  readonly CapThucHien: readonly string[];
  readonly MaCoQuanThucHien: readonly string[];
  /** Đối tượng: "cong_dan" | "to_chuc". */
  readonly DoiTuongThucHien: readonly string[];
  /** "toan_trinh" | "mot_phan" | "cung_cap_thong_tin". */
  readonly MucDo: string;
  readonly ThoiHanGiaiQuyet: {
    readonly SoLuong: number;
    readonly DonVi: "ngay_lam_viec" | "gio_lam_viec" | "ngay";
  };
  readonly PhiLePhi: readonly {
    readonly Loai: "phi" | "le_phi";
    readonly Ten: string;
    readonly MucThu: number;
    readonly DieuKien: string;
  }[];
  readonly ThanhPhanHoSo: readonly {
    readonly MaThanhPhan: string;
    readonly Ten: string;
    readonly BatBuoc: 0 | 1;
    readonly BanChinh: number;
    readonly BanSaoChungThuc: number;
    readonly BanPhoTo: number;
  }[];
  readonly TrinhTuThucHien: readonly string[];
  readonly CanCuPhapLy: readonly string[];
  /** The decision that published (or changed) it, and its date `yyyyMMddHHmmss` (CFG-1: 5 working days). */
  readonly QuyetDinhCongBo: string;
  readonly NgayQuyetDinh: string;
  readonly NgayCapNhat: string;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as the portal writes it: `yyyyMMddHHmmss` in Vietnam time (UTC+7, no DST); "" for none. */
export function portalDate(instant: number | null): string {
  if (instant === null) return "";
  const d = new Date(instant + VIETNAM_OFFSET_MS).toISOString();
  return d.slice(0, 19).replace(/[-T:]/g, "");
}

/** The instant of a portal date, or null when it is not a valid `yyyyMMddHHmmss`. */
export function parsePortalDate(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return utc - VIETNAM_OFFSET_MS;
}
