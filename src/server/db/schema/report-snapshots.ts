import type { ColumnType, Generated } from "kysely";
import type { Ii06aReport } from "../../../contracts/reports.ts";

/** Tables of migration 0023_report_snapshots.sql (RPT-3, RPT-4), joined into `Database`. */
export interface ReportSnapshotTables {
  report_snapshot: ReportSnapshotTable;
}

/** Biểu II.06a of the closed month, by unit and by field, as computed when it was closed. */
export interface Ii06aSnapshot {
  unit: Ii06aReport;
  field: Ii06aReport;
}

export interface ReportSnapshotTable {
  id: Generated<string>;
  /** null: the province. */
  agency_id: string | null;
  /** YYYY-MM. */
  month: string;
  report: ColumnType<Ii06aSnapshot, string, never>;
  /** null: closed by the system on the month's last working day (RPT-4). */
  closed_by: string | null;
  closed_at: Date;
  reopened_by: string | null;
  reopened_at: Date | null;
  reopen_reason: string | null;
}
