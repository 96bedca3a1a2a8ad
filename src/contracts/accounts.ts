import { z } from "zod";
import { OFFICER_ROLES } from "../domain/roles.ts";

export const Role = z.enum(OFFICER_ROLES);
export type Role = z.infer<typeof Role>;

export const OfficerStatus = z.enum(["active", "locked", "revoked"]);
export type OfficerStatus = z.infer<typeof OfficerStatus>;

const AgencyId = z.uuid("mã cơ quan không hợp lệ");
export const RoleGrant = z.object({ role: Role, scopeAgencyId: AgencyId });
export type RoleGrant = z.infer<typeof RoleGrant>;

export const CreateOfficer = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, "tên đăng nhập gồm 3–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang"),
  fullName: z.string().trim().min(1).max(200),
  agencyId: AgencyId,
  roles: z.array(RoleGrant).min(1).max(20),
  temporaryPassword: z.string().min(1).max(200),
});
export type CreateOfficer = z.infer<typeof CreateOfficer>;

export const LockOfficer = z.strictObject({
  reason: z.enum(["lost", "misused", "other"]),
  note: z.string().trim().max(500).optional(),
});
export type LockOfficer = z.infer<typeof LockOfficer>;
export const RevokeOfficer = z.strictObject({
  reason: z.enum(["moved", "left", "retired", "other"]),
  note: z.string().trim().max(500).optional(),
});
export type RevokeOfficer = z.infer<typeof RevokeOfficer>;
export const ResetPassword = z.strictObject({ temporaryPassword: z.string().min(1).max(200) });
export const TransferOfficer = z.strictObject({
  agencyId: AgencyId,
  roles: z.array(RoleGrant).min(1).max(20),
});
export const SetRoles = z.strictObject({ roles: z.array(RoleGrant).min(1).max(20) });
export const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const OfficerSummary = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  status: OfficerStatus,
  statusReason: z.string().nullable(),
  roles: z.array(RoleGrant.extend({ scopeAgencyName: z.string() })),
  mustChangePassword: z.boolean(),
  failedLogins: z.number().int(),
  /** Sign-in refused until then after repeated wrong passwords (SEC-6); null when not resting. */
  lockedUntil: z.string().nullable(),
});
export type OfficerSummary = z.infer<typeof OfficerSummary>;

export const OfficerList = z.object({ officers: z.array(OfficerSummary), total: z.number().int() });
export const OfficerListQuery = z.object({
  agencyId: AgencyId.optional(),
  q: z.string().trim().max(100).optional(),
  status: OfficerStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditOutcome = z.enum(["success", "denied", "rejected", "error"]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(["success", "denied", "rejected", "error"]),
  status: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const OfficerDetail = z.object({
  officer: OfficerSummary,
  /** Changes made to this account (who did what to it). */
  accountHistory: z.array(AuditEntry),
  /** Recent actions taken by this account. */
  recentActions: z.array(AuditEntry),
});

export const AuditQuery = z.object({
  actorId: z.string().max(100).optional(),
  action: z.string().max(200).optional(),
  objectType: z.string().max(50).optional(),
  objectId: z.string().max(200).optional(),
  /** The records about one dossier, by its code. */
  dossierCode: z.string().trim().max(60).optional(),
  outcome: z.enum(["success", "denied", "rejected", "error"]).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Keyset pagination: entries older than this sequence number. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.input<typeof AuditQuery>;
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().int().nullable() });

export const IdParams = z.object({ id: z.uuid("mã không hợp lệ") });
