import type { ColumnType, Generated } from "kysely";

/** Tables of migration 0033_data_store.sql, joined into `Database`. */
export interface DataStoreTables {
  data_store_item: DataStoreItemTable;
}

export type DataStoreItemKind = "uploaded" | "result";

/** RES-3, DIG-1: a file in a citizen's personal data store. */
export interface DataStoreItemTable {
  id: Generated<string>;
  citizen_id: string;
  file_id: string;
  title: string;
  kind: DataStoreItemKind;
  /** For a result: the dossier it was returned with, and its code. */
  source_dossier_id: string | null;
  source_dossier_code: string | null;
  /** For a result: the result's document number (số, ký hiệu). */
  document_number: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
