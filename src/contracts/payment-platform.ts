import { z } from "zod";

/**
 * PAY-1, PAY-2: the wire format between motcua (the merchant) and the online payment platform
 * (Nền tảng thanh toán trực tuyến of the national portal, or a bank gateway behind the same
 * adapter). JSON bodies; every message in either direction carries `timestamp` (epoch ms), a
 * `nonce` and `signature`: HMAC-SHA256, lower-case hex, with the shared secret over the canonical
 * string of its other fields (`canonicalString`: keys sorted, `key=value` joined by `&`).
 * docs/PAYMENTS.md describes the protocol.
 */

/** Paths under the platform's base URL. */
export const PLATFORM_PATHS = {
  create: "/api/giao-dich",
  query: "/api/giao-dich/tra-cuu",
  settlement: "/api/doi-soat",
} as const;

/** Where the platform posts its callbacks, under motcua's PUBLIC_URL. */
export const PAYMENT_CALLBACK_PATH = "/api/payments/callback";

const Signed = {
  timestamp: z.number().int().positive(),
  nonce: z.string().min(8).max(100),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
};

const Ref = z.string().min(1).max(100);
const Amount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** motcua → platform: open a transaction for a dossier's balance due (PAY-2: its code). */
export const CreateTransaction = z.object({
  merchant: z.string().min(1).max(50),
  orderRef: Ref,
  dossierCode: z.string().min(1).max(100),
  amount: Amount,
  description: z.string().min(1).max(500),
  returnUrl: z.url(),
  callbackUrl: z.url(),
  ...Signed,
});
export type CreateTransaction = z.infer<typeof CreateTransaction>;

export const CreatedTransaction = z.object({
  transactionRef: Ref,
  orderRef: Ref,
  payUrl: z.url(),
  ...Signed,
});
export type CreatedTransaction = z.infer<typeof CreatedTransaction>;

export const TransactionStatus = z.enum(["pending", "paid", "failed"]);
export type TransactionStatus = z.infer<typeof TransactionStatus>;

/**
 * platform → motcua: a transaction's outcome, pushed to the callback URL and answered to a status
 * query alike. `amount` is what was paid.
 */
export const TransactionNotice = z.object({
  transactionRef: Ref,
  orderRef: Ref,
  dossierCode: z.string().min(1).max(100),
  amount: Amount,
  status: TransactionStatus,
  payerName: z.string().max(300),
  /** Epoch ms of the payment; 0 while pending. */
  paidAt: z.number().int().min(0),
  ...Signed,
});
export type TransactionNotice = z.infer<typeof TransactionNotice>;

/** motcua → platform: what became of this transaction (for a callback that never came). */
export const QueryTransaction = z.object({
  merchant: z.string().min(1).max(50),
  transactionRef: Ref,
  ...Signed,
});
export type QueryTransaction = z.infer<typeof QueryTransaction>;

/** The platform's error answer. */
export const PlatformError = z.object({ code: z.string(), message: z.string() });

/** One line of the daily settlement file (JSON lines; CSV with the same columns). */
export const SettlementLine = z.object({
  transactionRef: Ref,
  orderRef: Ref,
  dossierCode: z.string(),
  amount: Amount,
  status: TransactionStatus,
  paidAt: z.number().int().min(0),
});
export type SettlementLine = z.infer<typeof SettlementLine>;
