import { z } from "zod";
import { PublicAgency } from "./agencies.ts";
import { DurationUnit } from "./calendar.ts";
import { SafeLink } from "./links.ts";
import { Problem } from "./problem.ts";

/**
 * The procedure catalog (thủ tục hành chính): what a citizen must prepare, how long it takes, what
 * it costs and where to go. Content is versioned; the import/export file format is documented in
 * docs/catalog-import-format.md. All text is trimmed and NFC-normalised here, at the boundary.
 */

const text = (max: number) =>
  z.string().trim().normalize("NFC").min(1, "không được để trống").max(max, `không quá ${max} ký tự`);
const optionalText = (max: number) => z.string().trim().normalize("NFC").max(max, `không quá ${max} ký tự`);

/** Code of the national procedure database (CSDL quốc gia về TTHC), e.g. `1.001193`. */
export const ProcedureCode = z
  .string()
  .trim()
  .regex(/^\d\.\d{6}$/, "mã thủ tục có dạng 1.001193 (theo CSDL quốc gia về TTHC)");
export const AgencyCode = z
  .string()
  .trim()
  .regex(
    /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/,
    "mã định danh cơ quan có dạng 000.00.06.H56",
  );
export const FieldCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, "mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40)");
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "giờ phải có dạng HH:MM, ví dụ 15:00");
const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "ngày phải có dạng YYYY-MM-DD");

export const ServiceLevel = z.enum(["full_online", "partial_online", "information_only"]);
export type ServiceLevel = z.infer<typeof ServiceLevel>;
export const ApplicantType = z.enum(["individual", "organization"]);
export type ApplicantType = z.infer<typeof ApplicantType>;
/** Where a procedure is carried out (cấp thực hiện). */
export const ProcedureLevel = z.enum(["province", "department", "district", "commune"]);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;
/** The levels a new or changed version may name: no district since 1 July 2025 (two-tier local government). */
export const OFFERED_PROCEDURE_LEVELS: readonly ProcedureLevel[] = ProcedureLevel.exclude([
  "district",
]).options;
export const VersionStatus = z.enum(["draft", "published", "retired"]);
export type VersionStatus = z.infer<typeof VersionStatus>;

/** Statutory processing time (CAL-5). */
export const ProcessingTime = z.strictObject({
  amount: z.number().min(0, "thời hạn không được âm").max(3650, "thời hạn quá dài"),
  unit: DurationUnit,
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

/** A fee (phí) or charge (lệ phí) in integer đồng, with when it applies. */
export const Fee = z.strictObject({
  kind: z.enum(["fee", "charge"]),
  name: text(300),
  amount: z
    .number()
    .int("số tiền phải là số nguyên đồng")
    .min(0, "số tiền không được âm")
    .max(1_000_000_000_000, "số tiền quá lớn"),
  condition: optionalText(1000).default(""),
});
export type Fee = z.infer<typeof Fee>;

const Count = z.number().int("số bản phải là số nguyên").min(0, "số bản không được âm").max(99);

/** A paper of the dossier (thành phần hồ sơ) and how many copies of each kind. */
export const DossierComponent = z.strictObject({
  name: text(1000),
  required: z.boolean(),
  originals: Count,
  certifiedCopies: Count,
  photocopies: Count,
  /** Form to download (mẫu đơn, tờ khai). */
  template: z
    .strictObject({
      fileName: text(255),
      url: SafeLink,
    })
    .nullable()
    .default(null),
});
export type DossierComponent = z.infer<typeof DossierComponent>;

/** A legal document the procedure rests on (căn cứ pháp lý). */
export const LegalDocument = z.strictObject({
  number: text(100),
  title: text(500),
  issuedOn: IsoDate.nullable().default(null),
});
export type LegalDocument = z.infer<typeof LegalDocument>;

const contentShape = {
  name: text(1000),
  /** Lĩnh vực. */
  field: z.strictObject({ code: FieldCode, name: text(300) }),
  levels: z.array(ProcedureLevel).min(1, "cần ít nhất một cấp thực hiện").max(4),
  applicantTypes: z.array(ApplicantType).min(1, "cần ít nhất một đối tượng thực hiện").max(2),
  serviceLevel: ServiceLevel,
  processingTime: ProcessingTime,
  /** CAL-8: received before this time → the same working day; later → the next. */
  sameDayCutoff: ClockTime.nullable().default(null),
  /** PRC-5: the return for supplement comes no later than this many working days after reception. */
  supplementLimitDays: z.number().int().min(1).max(30).default(3),
  fees: z.array(Fee).max(50).default([]),
  components: z.array(DossierComponent).max(100).default([]),
  /** Trình tự thực hiện. */
  steps: z.array(text(4000)).min(1, "cần ít nhất một bước thực hiện").max(50),
  /** Yêu cầu, điều kiện. */
  requirements: z.array(text(4000)).max(50).default([]),
  legalBasis: z.array(LegalDocument).max(100).default([]),
  /** Kết quả thực hiện, e.g. "Giấy khai sinh". */
  resultName: text(1000),
  digitalSignatureRequired: z.boolean().default(false),
  electronicResult: z.boolean().default(false),
};

const agencyIds = z
  .array(z.uuid("mã cơ quan không hợp lệ"))
  .min(1, "cần ít nhất một cơ quan thực hiện")
  .max(500);
const agencyCodes = z.array(AgencyCode).min(1, "cần ít nhất một cơ quan thực hiện").max(500);

interface RefinableContent {
  levels: string[];
  applicantTypes: string[];
  processingTime: { amount: number; unit: string };
  sameDayCutoff: string | null;
  agencyIds?: string[];
  agencyCodes?: string[];
}

/** Rules across fields of one procedure (CAL-5, CAL-8) and duplicate entries. */
function checkContent(value: RefinableContent, ctx: z.RefinementCtx): void {
  const { amount, unit } = value.processingTime;
  if ((unit === "calendar_days" || unit === "half_days") && !Number.isInteger(amount)) {
    ctx.addIssue({
      code: "custom",
      path: ["processingTime", "amount"],
      message: "CAL-5: thời hạn tính theo ngày lịch hoặc nửa ngày phải là số nguyên",
    });
  }
  if (value.sameDayCutoff !== null && (unit !== "working_days" || !Number.isInteger(amount))) {
    ctx.addIssue({
      code: "custom",
      path: ["sameDayCutoff"],
      message: "CAL-8: giờ chốt trong ngày chỉ dùng với thời hạn là số nguyên ngày làm việc",
    });
  }
  const duplicates = (key: "levels" | "applicantTypes" | "agencyIds" | "agencyCodes") => {
    const list = value[key] ?? [];
    list.forEach((item, index) => {
      if (list.indexOf(item) !== index)
        ctx.addIssue({ code: "custom", path: [key, index], message: "bị trùng" });
    });
  };
  duplicates("levels");
  value.levels.forEach((level, index) => {
    if (!(OFFERED_PROCEDURE_LEVELS as readonly string[]).includes(level))
      ctx.addIssue({
        code: "custom",
        path: ["levels", index],
        message: "không còn cấp huyện từ 01/7/2025: thủ tục thực hiện ở cấp tỉnh hoặc cấp xã",
      });
  });
  duplicates("applicantTypes");
  duplicates("agencyIds");
  duplicates("agencyCodes");
}

/** The content of a version as stored and shown (no agencies). */
export const ProcedureContent = z.strictObject(contentShape);
export type ProcedureContent = z.infer<typeof ProcedureContent>;

/** Body of "create / update a draft version": the whole content, agencies by id. */
export const ProcedureDraft = z.strictObject({ ...contentShape, agencyIds }).superRefine(checkContent);
export type ProcedureDraft = z.infer<typeof ProcedureDraft>;

/** Body of "create a procedure": its national code and the content of draft version 1. */
export const NewProcedure = z
  .strictObject({ code: ProcedureCode, ...contentShape, agencyIds })
  .superRefine(checkContent);
export type NewProcedure = z.infer<typeof NewProcedure>;

/**
 * One procedure of an import/export file (CFG-1), shaped like a record of the national procedure
 * database: identified by its national code, agencies by their electronic identifiers.
 */
export const CatalogRecord = z
  .strictObject({ code: ProcedureCode, ...contentShape, agencyCodes })
  .superRefine(checkContent);
export type CatalogRecord = z.infer<typeof CatalogRecord>;
export type CatalogRecordInput = z.input<typeof CatalogRecord>;

export const CATALOG_FORMAT = "motcua.catalog";
const fileHeader = {
  format: z.literal(CATALOG_FORMAT, `tệp phải có "format": "${CATALOG_FORMAT}"`),
  formatVersion: z.literal(1, "chỉ hỗ trợ formatVersion 1"),
  exportedAt: z.string().max(40).optional(),
};

/** An export file: the published version of every published procedure, by code. */
export const CatalogFile = z.strictObject({ ...fileHeader, procedures: z.array(CatalogRecord) });
export type CatalogFile = z.infer<typeof CatalogFile>;

/** What the import route accepts before checking each record (so that all problems are reported). */
export const CatalogImportRequest = z.strictObject({
  ...fileHeader,
  procedures: z
    .array(z.unknown())
    .max(20_000, "tối đa 20.000 thủ tục mỗi lần nhập")
    .meta({ description: "Records as in docs/catalog-import-format.md; each is checked and reported." }),
});
export type CatalogImportRequest = z.infer<typeof CatalogImportRequest>;

export const CatalogImportQuery = z.object({
  /** true: check and report what would change, change nothing. */
  dryRun: z.enum(["true", "false"]).default("false"),
});

const FieldIssue = z.object({ path: z.string(), message: z.string() });
export const ImportReport = z.object({
  /** True when the changes were written (no rejected record and not a dry run). */
  applied: z.boolean(),
  dryRun: z.boolean(),
  added: z.array(z.object({ code: z.string(), version: z.number().int() })),
  /** Procedures whose content differs: a new version is published, the previous one retired. */
  changed: z.array(
    z.object({ code: z.string(), version: z.number().int(), previousVersion: z.number().int().nullable() }),
  ),
  unchanged: z.array(z.object({ code: z.string(), version: z.number().int() })),
  /** Any rejected record means nothing was changed; paths look like `procedures[3].fees[0].amount`. */
  rejected: z.array(
    z.object({ index: z.number().int(), code: z.string().nullable(), errors: z.array(FieldIssue) }),
  ),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** 422 answer of an import with rejected records: a problem+json that carries the full report. */
export const ImportRejected = Problem.extend({ report: ImportReport });
export type ImportRejected = z.infer<typeof ImportRejected>;

// ------------------------------------------------------------------------------------ reading

const Timestamp = z.string();

/** The published version of a procedure, in full, for the public procedure page. */
export const PublicProcedure = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  publishedAt: Timestamp,
  ...contentShape,
  /** Where to submit: the agencies with address and duty one-stop officer (LKP-3). */
  agencies: z.array(PublicAgency),
});
export type PublicProcedure = z.infer<typeof PublicProcedure>;

/** One version of a procedure, any status (administration; the dossier module reads it too). */
export const ProcedureVersionDetail = z.object({
  procedureId: z.string(),
  code: z.string(),
  version: z.number().int(),
  status: VersionStatus,
  ...contentShape,
  agencies: z.array(PublicAgency),
  createdAt: Timestamp,
  /** Full name of the officer who created the version; null for imported seed data. */
  createdBy: z.string().nullable(),
  updatedAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  retiredAt: Timestamp.nullable(),
});
export type ProcedureVersionDetail = z.infer<typeof ProcedureVersionDetail>;

export const CatalogSearchQuery = z.object({
  /** Keywords (diacritics optional) or a national code (or its beginning, e.g. `1.0011`). */
  q: z.string().trim().normalize("NFC").max(200).optional(),
  agencyId: z.uuid("mã cơ quan không hợp lệ").optional(),
  field: FieldCode.optional(),
  serviceLevel: ServiceLevel.optional(),
  applicantType: ApplicantType.optional(),
  level: ProcedureLevel.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogSearchQuery = z.infer<typeof CatalogSearchQuery>;

export const ProcedureSummary = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  field: z.object({ code: z.string(), name: z.string() }),
  levels: z.array(ProcedureLevel),
  applicantTypes: z.array(ApplicantType),
  serviceLevel: ServiceLevel,
  processingTime: ProcessingTime,
  agencies: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

const FieldCount = z.object({ code: z.string(), name: z.string(), count: z.number().int() });
const valueCount = <T extends z.ZodType>(value: T) => z.object({ value, count: z.number().int() });

export const CatalogSearchResult = z.object({
  items: z.array(ProcedureSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** True when nothing matched every word and the results are the closest spellings (typos). */
  approximate: z.boolean(),
  /**
   * Counts for refining the search. Each facet applies the keyword and every filter except its
   * own, so that the other choices of that facet show how many they would give.
   */
  facets: z.object({
    fields: z.array(FieldCount),
    serviceLevels: z.array(valueCount(ServiceLevel)),
    applicantTypes: z.array(valueCount(ApplicantType)),
    levels: z.array(valueCount(ProcedureLevel)),
    agencies: z.array(
      z.object({ id: z.string(), code: z.string(), name: z.string(), count: z.number().int() }),
    ),
  }),
});
export type CatalogSearchResult = z.infer<typeof CatalogSearchResult>;

export const FieldList = z.object({ fields: z.array(FieldCount) });
export type FieldList = z.infer<typeof FieldList>;

export const IdOrCodeParams = z.object({ idOrCode: z.string().trim().min(1).max(64) });
export const ProcedureIdParams = z.object({ id: z.uuid("mã thủ tục không hợp lệ") });
export const VersionParams = z.object({
  id: z.uuid("mã thủ tục không hợp lệ"),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export const AdminProcedureQuery = z.object({
  q: z.string().trim().normalize("NFC").max(200).optional(),
  /** published: has a published version; unpublished: has none; draft: has an open draft. */
  status: z.enum(["published", "unpublished", "draft"]).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AdminProcedureQuery = z.infer<typeof AdminProcedureQuery>;

export const AdminProcedureList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      /** Name in the latest version. */
      name: z.string(),
      publishedVersion: z.number().int().nullable(),
      draftVersion: z.number().int().nullable(),
      latestVersion: z.number().int(),
      updatedAt: Timestamp,
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdminProcedureList = z.infer<typeof AdminProcedureList>;

export const VersionSummary = z.object({
  version: z.number().int(),
  status: VersionStatus,
  name: z.string(),
  createdAt: Timestamp,
  createdBy: z.string().nullable(),
  updatedAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  retiredAt: Timestamp.nullable(),
});
export const ProcedureVersionList = z.object({
  procedureId: z.string(),
  code: z.string(),
  publishedVersion: z.number().int().nullable(),
  versions: z.array(VersionSummary),
});
export type ProcedureVersionList = z.infer<typeof ProcedureVersionList>;

export const UnpublishResult = z.object({
  procedureId: z.string(),
  code: z.string(),
  retiredVersion: z.number().int(),
});
export type UnpublishResult = z.infer<typeof UnpublishResult>;
