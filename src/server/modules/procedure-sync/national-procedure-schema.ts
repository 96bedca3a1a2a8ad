import { z } from "zod";
import type { ThuTucQuocGia } from "../national-portal/wire.ts";

/**
 * The portal's answers are checked before use (what comes over the wire is not trusted): the
 * list of `LayDanhSachTTHC` and a procedure of `LayThuTuc` (wire.ts `ThuTucQuocGia`). Unknown keys
 * are ignored; a record that does not fit is reported for its procedure, the run goes on.
 */
export const NationalProcedureList = z.array(
  z.object({ MaTTHC: z.string().min(1).max(40), NgayCapNhat: z.string() }),
);

const count = z.number().int().min(0).max(99);

export const NationalProcedure = z.object({
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  CapThucHien: z.array(z.string()),
  MaCoQuanThucHien: z.array(z.string()),
  DoiTuongThucHien: z.array(z.string()),
  MucDo: z.string(),
  ThoiHanGiaiQuyet: z.object({
    SoLuong: z.number().min(0),
    DonVi: z.enum(["ngay_lam_viec", "gio_lam_viec", "ngay"]),
  }),
  PhiLePhi: z.array(
    z.object({
      Loai: z.enum(["phi", "le_phi"]),
      Ten: z.string(),
      MucThu: z.number().min(0),
      DieuKien: z.string(),
    }),
  ),
  ThanhPhanHoSo: z.array(
    z.object({
      MaThanhPhan: z.string(),
      Ten: z.string(),
      BatBuoc: z.union([z.literal(0), z.literal(1)]),
      BanChinh: count,
      BanSaoChungThuc: count,
      BanPhoTo: count,
    }),
  ),
  TrinhTuThucHien: z.array(z.string()),
  CanCuPhapLy: z.array(z.string()),
  QuyetDinhCongBo: z.string(),
  NgayQuyetDinh: z.string(),
  NgayCapNhat: z.string(),
}) satisfies z.ZodType<ThuTucQuocGia>;
