import type { ColumnType, Generated, Selectable } from "kysely";

/** Tables of migration 0016_portal_intake.sql, joined into `Database`. */
export interface PortalIntakeTables {
  portal_submission: PortalSubmissionTable;
  portal_intake_cursor: PortalIntakeCursorTable;
}

export type PortalSubmissionStatus = "pending" | "received" | "parked" | "discarded";
export type PortalSubmissionSource = "push" | "poll";

export interface PortalSubmissionTable {
  national_code: string;
  payload: ColumnType<unknown, string, string>;
  source: PortalSubmissionSource;
  received_at: ColumnType<Date, Date, never>;
  status: Generated<PortalSubmissionStatus>;
  reason_code: string | null;
  reason: string | null;
  dossier_id: string | null;
  attempts: Generated<number>;
  claimed_until: Date | null;
  discard_reason: string | null;
  updated_at: Date;
}
export type PortalSubmissionRow = Selectable<PortalSubmissionTable>;

export interface PortalIntakeCursorTable {
  id: Generated<boolean>;
  last_seq: ColumnType<string, number, number>;
  updated_at: Date;
}
