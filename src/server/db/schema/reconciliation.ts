import type { ColumnType, Generated } from "kysely";
import type { SyncRunStatus, SyncTrigger } from "./procedure-sync.ts";

/** Tables of migration 0018_reconciliation.sql (INT-1), joined into `Database`. */
export interface ReconciliationTables {
  reconciliation_run: ReconciliationRunTable;
  reconciliation_mismatch: ReconciliationMismatchTable;
  reconciliation_count: ReconciliationCountTable;
}

export type MismatchCause =
  | "never_sent"
  | "waiting"
  | "parked"
  | "changed_on_portal"
  | "status_differs"
  | "missing_on_portal"
  | "missing_in_motcua";

export interface ReconciliationRunTable {
  id: Generated<string>;
  trigger: SyncTrigger;
  started_by: string | null;
  started_at: Date;
  finished_at: Date | null;
  status: Generated<SyncRunStatus>;
  /** `date` columns, written and read as YYYY-MM-DD. */
  period_from: ColumnType<string, string, string>;
  period_to: ColumnType<string, string, string>;
  total: Generated<number>;
  checked: Generated<number>;
  matched: Generated<number>;
  mismatched: Generated<number>;
  error: string | null;
}

export interface ReconciliationMismatchTable {
  id: Generated<number>;
  run_id: string;
  dossier_id: string | null;
  dossier_code: string;
  national_code: string | null;
  agency_code: string;
  month: string;
  cause: MismatchCause;
  motcua_status: number | null;
  portal_status: number | null;
  detail: string | null;
}

export interface ReconciliationCountTable {
  run_id: string;
  agency_code: string;
  month: string;
  checked: number;
  matched: number;
}
