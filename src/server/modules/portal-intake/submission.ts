import { createHash } from "node:crypto";
import { z } from "zod";
import { unstorablePaths } from "../../http/storable-text.ts";
import { canonicalJson } from "../audit/audit-hash.ts";
import { type HoSoNopTrucTuyen, parsePortalDate } from "../national-portal/wire.ts";
import { IntakeRefusal } from "./intake-refusal.ts";

/**
 * REC-10: a submission as the portal sends it (`HoSoNopTrucTuyen`, wire.ts), its key, and the
 * form it is recorded in. Nothing here trusts the sender: the body is recorded as received, then
 * checked field by field.
 */

const flag = z.literal([0, 1]);
const shortText = (max: number) => z.string().max(max);

const SubmittedFile = z.object({
  MaThanhPhanHoSo: z.string().regex(/^[1-9][0-9]{0,2}$/, "phải là số thứ tự thành phần (1, 2, …)"),
  TenTepDinhKem: z.string().min(1).max(255),
  DuongDanTaiTepTin: z.url({ protocol: /^https?$/ }).max(2000),
  LoaiTep: shortText(100),
  KichThuoc: z.number().int().min(0),
});

const Fee = z.object({
  TenPhiLePhi: shortText(500),
  MaPhiLePhi: shortText(100),
  Gia: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  DaThanhToan: flag,
});

export const SubmissionSchema: z.ZodType<HoSoNopTrucTuyen> = z.object({
  MaHoSoQG: z.string().min(1).max(100),
  SoThuTu: z.number().int().min(0),
  MaTTHC: z.string().min(1).max(100),
  MaCoQuan: z.string().min(1).max(100),
  NgayNopHoSo: z.string().refine((text) => parsePortalDate(text) !== null, "phải là ngày giờ yyyyMMddHHmmss"),
  ChuHoSo: z.string().trim().min(1).max(300),
  LoaiDoiTuong: z.literal([1, 2, 3, 4]),
  SoGiayToChuHoSo: shortText(50),
  SoDienThoai: shortText(50),
  Email: shortText(300),
  DiaChi: shortText(1000),
  MaDoiTuong: shortText(100),
  TaiKhoanDuocXacThucVoiVNeID: flag,
  HinhThucNhanKetQua: z.literal([1, 2, 3]),
  DuLieuBieuMau: z.record(z.string(), z.unknown()),
  DaKySo: flag,
  TaiLieuNop: z.array(SubmittedFile).max(100),
  DanhSachLePhi: z.array(Fee).max(100),
});

/** The longest national code kept as the key; a longer one is keyed by the body's digest. */
const MAX_KEY_LENGTH = 100;

function hasUnstorableText(value: unknown): boolean {
  return unstorablePaths(value, "").length > 0;
}

/**
 * The key a submission is recorded under: its national code (MaHoSoQG) when it carries a usable
 * one, else `sha256:` and the digest of the body, so that a repeat of the same malformed body is
 * recorded once too.
 */
export function submissionKey(body: unknown): string {
  const code = (body as { MaHoSoQG?: unknown } | null)?.MaHoSoQG;
  if (
    typeof code === "string" &&
    code.trim() !== "" &&
    code.length <= MAX_KEY_LENGTH &&
    !hasUnstorableText(code)
  ) {
    return code;
  }
  return `sha256:${createHash("sha256")
    .update(canonicalJson(body ?? null))
    .digest("hex")}`;
}

/**
 * The body as a jsonb value: itself, or, when it holds text PostgreSQL cannot store, its JSON text
 * (escapes keep every character), so that it is still kept exactly and is never taken for a dossier.
 */
export function recordablePayload(body: unknown): string {
  const json = JSON.stringify(body ?? null);
  return hasUnstorableText(body) ? JSON.stringify(json) : json;
}

/** The submission a recorded payload holds, or INTAKE_MALFORMED with what is wrong in it. */
export function parseSubmission(payload: unknown): HoSoNopTrucTuyen {
  if (typeof payload === "string") {
    throw new IntakeRefusal(
      "INTAKE_MALFORMED",
      "Dữ liệu hồ sơ chứa ký tự không hợp lệ (NUL hoặc mã UTF-16 lẻ) hoặc không phải một đối tượng JSON.",
    );
  }
  const parsed = SubmissionSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(toàn bộ)"}: ${issue.message}`)
    .join("; ");
  throw new IntakeRefusal("INTAKE_MALFORMED", `Dữ liệu hồ sơ không đúng định dạng: ${problems}.`);
}
