import type { ColumnType, Generated, Selectable } from "kysely";

/** Tables of migrations 0014_delivery_outbox.sql and 0019_integration_switch.sql, joined into `Database`. */
export interface DeliveryTables {
  outbox_message: OutboxMessageTable;
  integration_switch: IntegrationSwitchTable;
}

export type OutboxStatus = "queued" | "delivered" | "parked" | "discarded";

export interface OutboxMessageTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  destination: string;
  ordering_key: string;
  dedup_key: string | null;
  payload: ColumnType<unknown, string, string>;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  lease_token: string | null;
  lease_until: Date | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  created_at: ColumnType<Date, Date, never>;
  delivered_at: Date | null;
  parked_at: Date | null;
  discard_reason: string | null;
}
export type OutboxMessageRow = Selectable<OutboxMessageTable>;

/** Whether a destination is switched on in this deployment (written at start-up from the configuration). */
export interface IntegrationSwitchTable {
  destination: string;
  enabled: boolean;
  updated_at: Date;
}
