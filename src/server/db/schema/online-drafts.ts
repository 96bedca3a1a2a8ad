import type { ColumnType } from "kysely";

/** Tables of migration 0031_online_drafts.sql, joined into `Database`. */
export interface OnlineDraftTables {
  online_draft: OnlineDraftTable;
}

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface OnlineDraftTable {
  citizen_id: string;
  procedure_id: string;
  form_version: number | null;
  idempotency_key: string;
  step: ColumnType<number, number | undefined, number>;
  agency_id: string | null;
  form_data: Json<Record<string, unknown>>;
  components: Json<{ index: number; fileId: string }[]>;
  result_delivery: "counter" | "post" | "electronic" | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
