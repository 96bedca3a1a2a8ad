import type {
  ApplicantType,
  CatalogRecord,
  CatalogRecordInput,
  DossierComponent,
  LegalDocument,
  ProcedureLevel,
  ProcessingTime,
  ServiceLevel,
} from "../../../contracts/catalog.ts";
import type { AgencyLevel } from "../../db/schema.ts";
import type { ThuTucQuocGia } from "../national-portal/wire.ts";

/**
 * CFG-1: a procedure of the national database (`LayThuTuc`) as a record of the catalog import
 * format (docs/catalog-import-format.md). What the national record does not carry — the same-day
 * cut-off, the supplement limit, conditions, the result's name, signature and electronic-result
 * flags, form templates of components, the issue dates of legal documents — is kept from the
 * version published before, so that a sync never erases what the province added. Agencies unknown
 * here and levels motcua no longer has are dropped with a warning (never a failure).
 */
export interface MappedProcedure {
  readonly record: CatalogRecordInput;
  readonly warnings: string[];
}

/** What the mapping needs to know of the agencies: their level, by electronic identifier. */
export type AgencyLevels = ReadonlyMap<string, AgencyLevel>;

/** The result's name of a procedure new to the catalog: the national record has none. */
export const DEFAULT_RESULT_NAME = "Kết quả giải quyết thủ tục hành chính";

const APPLICANTS: Readonly<Record<string, ApplicantType>> = {
  cong_dan: "individual",
  to_chuc: "organization",
  doanh_nghiep: "organization",
};
const SERVICE_LEVELS: Readonly<Record<string, ServiceLevel>> = {
  toan_trinh: "full_online",
  mot_phan: "partial_online",
  cung_cap_thong_tin: "information_only",
};
/** Cấp thực hiện: the province's level covers the province and its departments (sở, ngành). */
const NATIONAL_LEVELS: Readonly<Record<string, readonly ProcedureLevel[]>> = {
  tinh: ["province", "department"],
  xa: ["commune"],
};

export function mapNationalProcedure(
  national: ThuTucQuocGia,
  previous: CatalogRecord | undefined,
  agencies: AgencyLevels,
): MappedProcedure {
  const warnings: string[] = [];
  const agencyCodes = national.MaCoQuanThucHien.filter((code) => {
    if (agencies.has(code)) return true;
    warnings.push(`Cơ quan ${code} (MaCoQuanThucHien) không có trong danh mục cơ quan: bỏ qua`);
    return false;
  });
  const applicantTypes = [...new Set(national.DoiTuongThucHien.flatMap((type) => APPLICANTS[type] ?? []))];
  const serviceLevel = SERVICE_LEVELS[national.MucDo];
  if (!serviceLevel) warnings.push(`Mức độ "${national.MucDo}" không rõ: coi là cung cấp thông tin`);
  const processingTime = processingTimeOf(national.ThoiHanGiaiQuyet, previous?.processingTime);
  return {
    record: {
      code: national.MaTTHC,
      name: national.TenTTHC,
      field: { code: national.MaLinhVuc, name: national.TenLinhVuc },
      levels: levelsOf(national.CapThucHien, agencyCodes, agencies, previous?.levels, warnings),
      agencyCodes,
      applicantTypes:
        applicantTypes.length > 0 ? applicantTypes : (previous?.applicantTypes ?? ["individual"]),
      serviceLevel: serviceLevel ?? "information_only",
      processingTime,
      sameDayCutoff: keepsCutoff(processingTime) ? (previous?.sameDayCutoff ?? null) : null,
      supplementLimitDays: previous?.supplementLimitDays ?? 3,
      fees: national.PhiLePhi.map((fee) => ({
        kind: fee.Loai === "phi" ? "fee" : "charge",
        name: fee.Ten,
        amount: Math.round(fee.MucThu),
        condition: fee.DieuKien,
      })),
      components: national.ThanhPhanHoSo.map((component) => ({
        name: component.Ten,
        required: component.BatBuoc === 1,
        originals: component.BanChinh,
        certifiedCopies: component.BanSaoChungThuc,
        photocopies: component.BanPhoTo,
        template: templateOf(component.Ten, previous?.components),
      })),
      steps: national.TrinhTuThucHien.length > 0 ? [...national.TrinhTuThucHien] : (previous?.steps ?? []),
      requirements: previous?.requirements ?? [],
      legalBasis: national.CanCuPhapLy.map((text) => legalDocumentOf(text, previous?.legalBasis)),
      resultName: previous?.resultName ?? DEFAULT_RESULT_NAME,
      digitalSignatureRequired: previous?.digitalSignatureRequired ?? false,
      electronicResult: previous?.electronicResult ?? false,
    },
    warnings,
  };
}

/**
 * The levels: those the national record names, narrowed for the province's level to the levels
 * of the agencies that carry it out (a sở is `department`, the people's committee `province`).
 * The previous version's levels are kept when they say the same thing.
 */
function levelsOf(
  national: readonly string[],
  agencyCodes: readonly string[],
  agencies: AgencyLevels,
  previous: readonly ProcedureLevel[] | undefined,
  warnings: string[],
): ProcedureLevel[] {
  const named = new Set<ProcedureLevel>();
  for (const level of national) {
    const levels = NATIONAL_LEVELS[level];
    if (levels) for (const l of levels) named.add(l);
    else
      warnings.push(
        `Cấp thực hiện "${level}" không còn áp dụng (từ 01/7/2025 chỉ còn cấp tỉnh, cấp xã): bỏ qua`,
      );
  }
  if (previous && previous.length > 0 && previous.every((level) => named.has(level))) {
    const covered = new Set(previous.flatMap((level) => (level === "commune" ? ["xa"] : ["tinh"])));
    if (national.filter((level) => NATIONAL_LEVELS[level]).every((level) => covered.has(level)))
      return [...previous];
  }
  const ofAgencies = new Set(agencyCodes.map((code) => agencies.get(code)));
  const levels = [...named].filter(
    (level) =>
      level === "commune" || ofAgencies.has(level) || (level === "province" && !ofAgencies.has("department")),
  );
  return levels.length > 0 ? levels : [...named];
}

/** ThoiHanGiaiQuyet: whole working days, half days (0.5 of a day), working hours or calendar days. */
function processingTimeOf(
  time: ThuTucQuocGia["ThoiHanGiaiQuyet"],
  previous: ProcessingTime | undefined,
): ProcessingTime {
  if (time.DonVi === "gio_lam_viec") return { amount: time.SoLuong, unit: "working_hours" };
  if (time.DonVi === "ngay") return { amount: time.SoLuong, unit: "calendar_days" };
  const halves = time.SoLuong * 2;
  const inHalves = !Number.isInteger(time.SoLuong) || previous?.unit === "half_days";
  if (inHalves && Number.isInteger(halves)) return { amount: halves, unit: "half_days" };
  if (Number.isInteger(time.SoLuong)) return { amount: time.SoLuong, unit: "working_days" };
  return { amount: time.SoLuong * 8, unit: "working_hours" };
}

/** CAL-8: a cut-off only goes with a whole number of working days. */
function keepsCutoff(time: ProcessingTime): boolean {
  return time.unit === "working_days" && Number.isInteger(time.amount);
}

/** The form template of the component of the same name in the previous version. */
function templateOf(name: string, previous: readonly DossierComponent[] | undefined) {
  return previous?.find((component) => component.name === name)?.template ?? null;
}

/**
 * A legal document named in one line ("60/2014/QH13 Luật Hộ tịch"): the previous version's entry
 * when it reads the same (its issue date is kept), else the first word as the number.
 */
function legalDocumentOf(text: string, previous: readonly LegalDocument[] | undefined): LegalDocument {
  const known = previous?.find((document) => `${document.number} ${document.title}` === text);
  if (known) return known;
  const [number = text, ...rest] = text.trim().split(/\s+/);
  const title = rest.join(" ");
  return title
    ? { number: number.slice(0, 100), title, issuedOn: null }
    : { number: "—", title: text, issuedOn: null };
}
