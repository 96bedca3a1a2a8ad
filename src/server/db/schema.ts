import type { ColumnType, Generated, Insertable, Selectable } from "kysely";
import type { OfficerRole } from "../../domain/roles.ts";
import type { CatalogTables } from "./schema/catalog.ts";
import type { CitizenTables } from "./schema/citizens.ts";
import type { DataStoreTables } from "./schema/data-store.ts";
import type { DeliveryTables } from "./schema/delivery.ts";
import type { DossierTables } from "./schema/dossiers.ts";
import type { FormWorkflowTables } from "./schema/forms-workflows.ts";
import type { OnlineDraftTables } from "./schema/online-drafts.ts";
import type { PaymentTables } from "./schema/payments.ts";
import type { PortalIntakeTables } from "./schema/portal-intake.ts";
import type { ProcedureSyncTables } from "./schema/procedure-sync.ts";
import type { ReconciliationTables } from "./schema/reconciliation.ts";
import type { ReportSnapshotTables } from "./schema/report-snapshots.ts";
import type { SatisfactionTables } from "./schema/satisfaction.ts";

/**
 * Table types of the database, kept in step with db/migrations by hand. Areas with many tables
 * keep their types in db/schema/<area>.ts and are joined here.
 */
export interface Database
  extends CitizenTables,
    CatalogTables,
    FormWorkflowTables,
    DossierTables,
    DeliveryTables,
    PortalIntakeTables,
    ProcedureSyncTables,
    ReconciliationTables,
    ReportSnapshotTables,
    PaymentTables,
    SatisfactionTables,
    OnlineDraftTables,
    DataStoreTables {
  agency: AgencyTable;
  officer: OfficerTable;
  officer_role: OfficerRoleTable;
  officer_session: OfficerSessionTable;
  schema_migration: SchemaMigrationTable;
  calendar_revision: CalendarRevisionTable;
  audit_log: AuditLogTable;
  rate_limit_counter: RateLimitCounterTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type AgencyLevel = "province" | "department" | "district" | "commune" | "unit";

export interface AgencyTable {
  id: Generated<string>;
  parent_id: string | null;
  code: string;
  name: string;
  level: AgencyLevel;
  address: Generated<string>;
  duty_officer_name: string | null;
  duty_officer_phone: string | null;
  created_at: CreatedAt;
}
export type AgencyRow = Selectable<AgencyTable>;
export type NewAgency = Insertable<AgencyTable>;

export type OfficerStatus = "active" | "locked" | "revoked";

export interface OfficerTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  agency_id: string;
  password_hash: string;
  status: Generated<OfficerStatus>;
  created_at: CreatedAt;
  failed_logins: Generated<number>;
  /** Why the account is locked or revoked (e.g. `too_many_failures`, or the administrator's words). */
  status_reason: string | null;
  status_changed_at: Date | null;
  /** Refuses sign-in until then after repeated wrong passwords (SEC-6); never a status. */
  locked_until: Generated<Date | null>;
  password_changed_at: Generated<Date>;
  must_change_password: Generated<boolean>;
}

/** Requests of one source inside the current window of one limit (http/rate-limit.ts). */
export interface RateLimitCounterTable {
  bucket: string;
  source: string;
  hits: number;
  window_ends_at: Date;
}

export type Role = OfficerRole;

export interface OfficerRoleTable {
  officer_id: string;
  role: Role;
  scope_agency_id: string;
}

export interface OfficerSessionTable {
  token_hash: Buffer;
  officer_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: CreatedAt;
}

export interface CalendarRevisionTable {
  id: Generated<number>;
  agency_id: string | null;
  revision: number;
  working_hours: ColumnType<WorkingHoursJson | null, string | null, never>;
  overrides: ColumnType<DayOverrideJson[], string, never>;
  official_years: ColumnType<number[], number[], never>;
  change_summary: string;
  changed_by: string | null;
  changed_at: CreatedAt;
}
export type WorkingHoursJson = { start: string; end: string }[];
export type DayOverrideJson = { date: string; kind: "holiday" | "day_off" | "working_day"; name: string };

export type AuditOutcome = "success" | "denied" | "rejected" | "error";
export type ActorKind = "officer" | "citizen" | "anonymous" | "system";

export interface AuditLogTable {
  seq: Generated<number>;
  at: Date;
  actor_kind: ActorKind;
  actor_id: string | null;
  actor_name: string | null;
  actor_roles: string[];
  actor_agency_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: AuditOutcome;
  status: number | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: Buffer | null;
  hash: Buffer;
}
