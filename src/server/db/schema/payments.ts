import type { ColumnType, Generated, Selectable } from "kysely";

/** Tables of migrations 0024_payments.sql and 0025_refunds_settlement.sql, joined into `Database`. */
export interface PaymentTables {
  payment_request: PaymentRequestTable;
  payment: PaymentTable;
  payment_receipt_counter: PaymentReceiptCounterTable;
  payment_callback_log: PaymentCallbackLogTable;
  payment_nonce: PaymentNonceTable;
  payment_refund: PaymentRefundTable;
  payment_reconciliation_run: PaymentReconciliationRunTable;
  payment_reconciliation_line: PaymentReconciliationLineTable;
}

export type PaymentRequestStatus = "requested" | "paid" | "failed" | "expired" | "cancelled";
export type PaymentMethod = "online" | "counter" | "post" | "transfer";
export type CallbackVerdict =
  | "accepted"
  | "duplicate"
  | "forged"
  | "replayed"
  | "amount_mismatch"
  | "unknown"
  | "malformed";

/** bigint columns: read as strings by pg, written as numbers. */
type Money = ColumnType<string, number, number>;

export interface PaymentRequestTable {
  id: Generated<string>;
  dossier_id: string;
  dossier_code: string;
  amount: Money;
  platform: string;
  order_ref: string;
  transaction_ref: string;
  pay_url: string;
  status: Generated<PaymentRequestStatus>;
  citizen_id: string | null;
  created_at: Date;
  settled_at: Date | null;
  queried_at: Date | null;
}
export type PaymentRequestRow = Selectable<PaymentRequestTable>;

export interface PaymentTable {
  id: Generated<string>;
  dossier_id: string;
  agency_id: string;
  amount: Money;
  applied_amount: Money;
  method: PaymentMethod;
  receipt_year: number;
  receipt_number: string;
  payer_name: string;
  reference: string;
  request_id: string | null;
  officer_id: string | null;
  dossier_version: number | null;
  paid_at: Date;
  recorded_at: Date;
}
export type PaymentRow = Selectable<PaymentTable>;

export interface PaymentReceiptCounterTable {
  agency_id: string;
  year: number;
  last: number;
}

export interface PaymentCallbackLogTable {
  id: Generated<string>;
  received_at: Date;
  source: "callback" | "status_query";
  raw_body: string;
  transaction_ref: string | null;
  nonce: string | null;
  verdict: CallbackVerdict;
  request_id: string | null;
  detail: string | null;
}

export interface PaymentNonceTable {
  nonce: string;
  body_sha256: string;
  seen_at: Date;
}

export type RefundStatus = "requested" | "approved" | "rejected" | "recorded";
export type RefundMethod = "cash" | "transfer" | "platform";

export interface PaymentRefundTable {
  id: Generated<string>;
  payment_id: string;
  dossier_id: string;
  agency_id: string;
  amount: Money;
  reason: string;
  status: Generated<RefundStatus>;
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  /** A Vietnam date, YYYY-MM-DD. */
  refunded_on: ColumnType<string | null, string | null, string | null>;
  method: RefundMethod | null;
  reference: string | null;
  recorded_by: string | null;
  recorded_at: Date | null;
}
export type PaymentRefundRow = Selectable<PaymentRefundTable>;

export interface PaymentReconciliationRunTable {
  id: Generated<string>;
  agency_id: string;
  /** A Vietnam date, YYYY-MM-DD. */
  day: ColumnType<string, string, string>;
  trigger: "manual" | "schedule";
  started_by: string | null;
  started_at: Date;
  status: "succeeded" | "failed";
  file_lines: Generated<number>;
  motcua_lines: Generated<number>;
  matched: Generated<number>;
  error: string | null;
}
export type PaymentReconciliationRunRow = Selectable<PaymentReconciliationRunTable>;

export type ReconciliationLineKind = "missing" | "extra" | "different";

export interface PaymentReconciliationLineTable {
  id: Generated<string>;
  run_id: string;
  kind: ReconciliationLineKind;
  transaction_ref: string;
  dossier_code: string;
  file_amount: ColumnType<string | null, number | null, number | null>;
  motcua_amount: ColumnType<string | null, number | null, number | null>;
  file_status: string | null;
  motcua_status: string | null;
}
