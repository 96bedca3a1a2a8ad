import type { ColumnType, Generated, Selectable } from "kysely";

/** Tables of migration 0009_notifications.sql, joined into `Database`. */
export interface NotificationTables {
  notification_outbox: NotificationOutboxTable;
}

export type NotificationStatus = "pending" | "sent" | "failed";

export interface NotificationOutboxTable {
  id: Generated<string>;
  dossier_id: string;
  dossier_version: number;
  dossier_code: string;
  kind: string;
  rule: string;
  channel: ColumnType<"email", "email" | undefined, never>;
  recipient: string;
  subject: string;
  body: string;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Date;
  created_at: ColumnType<Date, Date, never>;
  sent_at: Date | null;
}
export type NotificationOutboxRow = Selectable<NotificationOutboxTable>;
