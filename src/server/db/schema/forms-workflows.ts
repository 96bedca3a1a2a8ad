import type { ColumnType, Generated } from "kysely";
import type { DurationUnit } from "../../../domain/deadline/duration.ts";

/** Tables of e-forms, electronic workflows and administrative units (migration 0006), joined into `Database`. */
export interface FormWorkflowTables {
  administrative_unit: AdministrativeUnitTable;
  form: FormTable;
  form_version: FormVersionTable;
  workflow: WorkflowTable;
  workflow_version: WorkflowVersionTable;
  workflow_version_event: WorkflowVersionEventTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb object: read as parsed JSON, written as a JSON string. */
type JsonObject = ColumnType<Record<string, unknown>, string, string>;

export interface AdministrativeUnitTable {
  code: string;
  name: string;
  level: "province" | "commune";
  province_code: string | null;
}

export interface FormTable {
  procedure_id: string;
  published_version: number | null;
  created_at: CreatedAt;
}

export type FormVersionStatus = "draft" | "published" | "retired";

export interface FormVersionTable {
  id: Generated<string>;
  procedure_id: string;
  version: number;
  status: FormVersionStatus;
  definition: JsonObject;
  revision: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
  published_by: string | null;
  published_at: Date | null;
  retired_at: Date | null;
}

export interface WorkflowTable {
  id: Generated<string>;
  procedure_id: string;
  agency_id: string;
  created_at: CreatedAt;
}

export type WorkflowVersionStatus = "draft" | "submitted" | "approved";
export type WorkflowMeasure = "working_minutes" | "calendar_days";

export interface WorkflowVersionTable {
  id: Generated<string>;
  workflow_id: string;
  version: number;
  status: WorkflowVersionStatus;
  definition: JsonObject;
  revision: Generated<number>;
  statutory_amount: number;
  statutory_unit: DurationUnit;
  statutory_cutoff: string | null;
  statutory_procedure_version: number | null;
  total_amount: number;
  total_measure: WorkflowMeasure;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
  submitted_by: string | null;
  submitted_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  effective_from: Date | null;
}

export type WorkflowEventAction = "created" | "updated" | "submitted" | "returned" | "approved";

export interface WorkflowVersionEventTable {
  id: Generated<number>;
  version_id: string;
  action: WorkflowEventAction;
  officer_id: string | null;
  at: CreatedAt;
  note: string | null;
}
