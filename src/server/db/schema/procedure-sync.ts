import type { ColumnType, Generated } from "kysely";

/** Tables of migration 0017_procedure_sync.sql (CFG-1), joined into `Database`. */
export interface ProcedureSyncTables {
  procedure_sync_run: ProcedureSyncRunTable;
  procedure_sync_change: ProcedureSyncChangeTable;
  procedure_sync_state: ProcedureSyncStateTable;
}

export type SyncTrigger = "manual" | "schedule";
export type SyncRunStatus = "running" | "succeeded" | "failed";
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export interface ProcedureSyncRunTable {
  id: Generated<string>;
  trigger: SyncTrigger;
  started_by: string | null;
  started_at: Date;
  finished_at: Date | null;
  status: Generated<SyncRunStatus>;
  listed: Generated<number>;
  fetched: Generated<number>;
  added: Generated<number>;
  changed: Generated<number>;
  unchanged: Generated<number>;
  blocked: Generated<number>;
  error: string | null;
}

export interface StoredFieldChange {
  field: string;
  label: string;
  change: "changed" | "added" | "removed";
  item: string | null;
  before: string | null;
  after: string | null;
}

export interface ProcedureSyncChangeTable {
  id: Generated<string>;
  run_id: string;
  code: string;
  name: string;
  outcome: "added" | "changed" | "blocked";
  procedure_id: string | null;
  version: number | null;
  previous_version: number | null;
  changes: Json<StoredFieldChange[]>;
  warnings: Json<string[]>;
  decision: string;
  decided_at: Date | null;
  publish_due_at: Date | null;
  portal_updated_at: Date | null;
  created_at: Date;
}

export interface ProcedureSyncStateTable {
  code: string;
  portal_updated_at: Date;
  synced_at: Date;
}
