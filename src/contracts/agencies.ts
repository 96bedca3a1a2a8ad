import { z } from "zod";

export const AgencyLevel = z.enum(["province", "department", "district", "commune", "unit"]);
export type AgencyLevel = z.infer<typeof AgencyLevel>;
/**
 * The levels a new or changed agency may take: since 1 July 2025 local government has two tiers,
 * province and commune (Luật Tổ chức chính quyền địa phương 2025), and no district. Agencies
 * recorded at district level before still read as such (`AgencyLevel`).
 */
export const OfferedAgencyLevel = AgencyLevel.exclude(["district"], {
  error: "không còn cấp huyện từ 01/7/2025: chọn cấp tỉnh, sở ngành, cấp xã hoặc đơn vị",
});

export const PublicAgency = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  /** Electronic identifier in the QCVN 102:2016 style, e.g. `000.00.06.H56`. */
  code: z.string(),
  name: z.string(),
  level: AgencyLevel,
  address: z.string(),
  dutyOfficerName: z.string().nullable(),
  dutyOfficerPhone: z.string().nullable(),
});
export type PublicAgency = z.infer<typeof PublicAgency>;

export const PublicAgencyList = z.object({ agencies: z.array(PublicAgency) });
export type PublicAgencyList = z.infer<typeof PublicAgencyList>;

/** QCVN 102:2016 style electronic identifier, e.g. `000.00.06.H56`. */
export const AgencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/,
    "mã định danh phải theo QCVN 102, ví dụ 000.00.06.H56",
  );

const AgencyFields = {
  name: z.string().trim().min(1).max(300),
  level: AgencyLevel,
  address: z.string().trim().max(500).default(""),
  dutyOfficerName: z.string().trim().max(200).nullable().default(null),
  dutyOfficerPhone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{6,20}$/, "số điện thoại không hợp lệ")
    .nullable()
    .default(null),
};

export const CreateAgency = z.strictObject({
  parentId: z.uuid().nullable(),
  code: AgencyCode,
  ...AgencyFields,
  level: OfferedAgencyLevel,
});
export type CreateAgency = z.infer<typeof CreateAgency>;

export const UpdateAgency = z.strictObject({
  parentId: z.uuid().nullable(),
  code: AgencyCode,
  ...AgencyFields,
  level: OfferedAgencyLevel,
});
export type UpdateAgency = z.infer<typeof UpdateAgency>;

/** The agency tree as a portable document (CFG-3): parents are named by code. */
export const AgencyTreeDocument = z.strictObject({
  format: z.literal("motcua.agencies/1"),
  agencies: z
    .array(z.strictObject({ code: AgencyCode, parentCode: AgencyCode.nullable(), ...AgencyFields }))
    .min(1)
    .max(20_000),
});
export type AgencyTreeDocument = z.infer<typeof AgencyTreeDocument>;

export const AgencyImportReport = z.object({
  added: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.number().int(),
});
export type AgencyImportReport = z.infer<typeof AgencyImportReport>;
