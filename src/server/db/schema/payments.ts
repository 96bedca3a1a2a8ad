import type { ColumnType, Generated, Selectable } from "kysely";

/** Tables of migration 0024_payments.sql, joined into `Database`. */
export interface PaymentTables {
  payment_request: PaymentRequestTable;
  payment: PaymentTable;
  payment_receipt_counter: PaymentReceiptCounterTable;
  payment_callback_log: PaymentCallbackLogTable;
  payment_nonce: PaymentNonceTable;
}

export type PaymentRequestStatus = "requested" | "paid" | "failed" | "expired";
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
