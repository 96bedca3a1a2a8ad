import type { ColumnType, Generated, Selectable } from "kysely";
import type { PdfSignature } from "../../../contracts/signatures.ts";

/** Tables of migration 0007_dossiers.sql, joined into `Database`. */
export interface DossierTables {
  deadline_rules_applied: DeadlineRulesAppliedTable;
  stored_file: StoredFileTable;
  dossier: DossierTable;
  dossier_event: DossierEventTable;
  dossier_code_counter: DossierCodeCounterTable;
  dossier_command_key: DossierCommandKeyTable;
  dossier_attachment: DossierAttachmentTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export type StoredFileMime = "application/pdf" | "image/jpeg" | "image/png";

export interface StoredFileTable {
  id: Generated<string>;
  sha256: Buffer;
  mime: StoredFileMime;
  size: number;
  file_name: string | null;
  content: Buffer;
  uploaded_by: string;
  created_at: CreatedAt;
  /** Set by the trigger of migration 0012 once a dossier attachment refers to the file. */
  attached: Generated<boolean>;
  /** REC-4: the PDF's digital signature as checked at upload (migration 0032); null when unsigned. */
  signature: ColumnType<PdfSignature | null, string | null | undefined, string | null>;
}

export interface DossierTable {
  id: string;
  code: string;
  receiving_agency_id: string;
  /** REC-9: the one-stop office (centre) that received it at the counter or by post (0015). */
  reception_office_id: string | null;
  /** REC-10: the national dossier code (TT 04/2025) of a dossier submitted on the portal (0016). */
  national_code: Generated<string | null>;
  processing_agency_id: string | null;
  procedure_id: string;
  procedure_version: number;
  workflow_id: string;
  workflow_version: number;
  form_version: number | null;
  form_data: NullableJson<Record<string, unknown>>;
  channel: "counter" | "post" | "online";
  applicant: Json<Record<string, unknown>>;
  applicant_name: string;
  applicant_kind: "individual" | "organization";
  applicant_id_number: string | null;
  applicant_account_id: string | null;
  status: string;
  step_index: number | null;
  step_unit_id: string | null;
  step_role: string | null;
  step_assignee_id: string | null;
  holder_role: string | null;
  holder_agency_id: string | null;
  /** The step the dossier is at now, in every status (migration 0026, reports). */
  current_step_index: Generated<number | null>;
  current_step_unit_id: Generated<string | null>;
  current_step_role: Generated<string | null>;
  current_step_name: Generated<string | null>;
  current_step_assignee_id: Generated<string | null>;
  /** PRC-2: who handed it on from its last processing step (migration 0026). */
  last_step_officer_id: Generated<string | null>;
  /** REC-7: the result delivery the applicant chose (migration 0026, set from the state by a trigger). */
  result_delivery: Generated<string | null>;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  acceptance_due_at: Date | null;
  inbox_due_at: Date | null;
  /** PAU-2: the end of the open fee period of a dossier paused for fees (migration 0008). */
  fee_due_at: Date | null;
  /** PRC-7: from when the late warning is due, until given for the due in force (migration 0008). */
  late_warning_at: Date | null;
  /** REC-3: the acceptance due whose breach the scheduled jobs recorded in the audit trail (0020). */
  acceptance_breach_at: Generated<Date | null>;
  finished_at: Date | null;
  finish_outcome: "early" | "on_time" | "late" | null;
  closed_at: Date | null;
  is_test: boolean;
  cancelled: boolean;
  /** PRC-7: an apology was issued; set from `state` by a trigger on every write (0021). */
  apology_issued: Generated<boolean>;
  state: Json<Record<string, unknown>>;
  version: number;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export type DossierRow = Selectable<DossierTable>;

export interface DossierEventTable {
  seq: Generated<number>;
  dossier_id: string;
  version: number;
  type: string;
  rule: string;
  actor: Json<Record<string, unknown>>;
  at: Date;
  payload: Json<unknown>;
  prev_hash: Buffer | null;
  hash: Buffer;
  recorded_at: CreatedAt;
}
export type DossierEventRow = Selectable<DossierEventTable>;

export interface DossierCodeCounterTable {
  agency_id: string;
  /** `date` column, written as YYYY-MM-DD. */
  day: ColumnType<Date, string, string>;
  last: number;
}

export interface DossierCommandKeyTable {
  caller: string;
  key: string;
  request_hash: Buffer;
  dossier_id: string | null;
  version: number | null;
  status: number | null;
  response: NullableJson<unknown>;
  created_at: CreatedAt;
}

export type AttachmentPurpose =
  | "component"
  | "supplement"
  | "result"
  | "consultation_request"
  | "consultation_answer"
  | "proof"
  | "letter";

export interface DossierAttachmentTable {
  id: Generated<number>;
  dossier_id: string;
  dossier_version: number;
  purpose: AttachmentPurpose;
  component_index: number | null;
  component_name: string | null;
  originals: Generated<number>;
  certified_copies: Generated<number>;
  photocopies: Generated<number>;
  file_id: string | null;
  /** REC-2: the original was shown at the counter for comparison and handed back (0022). */
  shown_for_comparison: Generated<boolean>;
  created_at: CreatedAt;
  /** DIG-1: the file came from the applicant's data store (set by the trigger of migration 0033). */
  from_data_store: Generated<boolean>;
}

/** Migration 0029: the deadline rules the open dossiers' time columns were computed with. */
export interface DeadlineRulesAppliedTable {
  singleton: Generated<boolean>;
  version: string;
  applied_at: Date;
}
