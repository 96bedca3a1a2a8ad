import { z } from "zod";

/** PAY-1..3: motcua's payment API (the platform's wire format is in payment-platform.ts). */

export const PaymentMethod = z.enum(["online", "counter", "post", "transfer"]);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** A citizen starts paying their dossier's balance due online: the page to send them to. */
export const PaymentRequestView = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  amount: z.number().int(),
  status: z.enum(["requested", "paid", "failed", "expired", "cancelled"]),
  payUrl: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type PaymentRequestView = z.infer<typeof PaymentRequestView>;

/** The one-stop records money received at the counter, by post or by transfer, with its receipt. */
export const RecordCounterPaymentBody = z.object({
  expectedVersion: z.number().int().min(1),
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  method: z.enum(["counter", "post", "transfer"]),
  receiptNumber: z.string().trim().min(1).max(50),
  payerName: z.string().trim().min(1).max(300),
});
export type RecordCounterPaymentBody = z.infer<typeof RecordCounterPaymentBody>;

/** One sum received, with its receipt; `refundable` is what was not credited to the fees (PAY-3). */
export const PaymentView = z.object({
  id: z.uuid(),
  amount: z.number().int(),
  applied: z.number().int(),
  refundable: z.number().int(),
  method: PaymentMethod,
  receiptNumber: z.string(),
  payerName: z.string(),
  reference: z.string(),
  paidAt: z.iso.datetime({ offset: true }),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PaymentList = z.object({
  due: z.number().int(),
  paid: z.number().int(),
  items: z.array(PaymentView),
});
export type PaymentList = z.infer<typeof PaymentList>;

export const DossierPaymentParams = z.object({ dossierId: z.string() });
export const PaymentReceiptParams = z.object({ dossierId: z.string(), paymentId: z.string() });

/** What motcua answers the platform's callback (its verdict; 2xx: deliver it no more). */
export const CallbackAnswer = z.object({ verdict: z.string(), message: z.string() });

/** PAY-3: a refund's life: requested by the one-stop, approved or rejected by a leader, recorded. */
export const RefundStatus = z.enum(["requested", "approved", "rejected", "recorded"]);
export type RefundStatus = z.infer<typeof RefundStatus>;
export const RefundMethod = z.enum(["cash", "transfer", "platform"]);
export type RefundMethod = z.infer<typeof RefundMethod>;

export const RefundView = z.object({
  id: z.uuid(),
  paymentId: z.uuid(),
  payerName: z.string(),
  amount: z.number().int(),
  reason: z.string(),
  status: RefundStatus,
  requestedAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decisionNote: z.string().nullable(),
  refundedOn: z.iso.date().nullable(),
  method: RefundMethod.nullable(),
  reference: z.string().nullable(),
});
export type RefundView = z.infer<typeof RefundView>;

/** PAY-3: per payer of a dossier: what they paid, what went to the fees, what is still to refund. */
export const PayerBalance = z.object({
  payerName: z.string(),
  paid: z.number().int(),
  applied: z.number().int(),
  /** Refunds requested, approved or recorded. */
  refunding: z.number().int(),
  /** What may still be asked back: paid − applied − refunding. */
  refundable: z.number().int(),
});
export type PayerBalance = z.infer<typeof PayerBalance>;

/** The officer's view of a dossier's money (the citizen routes keep their own shapes). */
export const DossierPayments = PaymentList.extend({
  payers: z.array(PayerBalance),
  refunds: z.array(RefundView),
  /** An online request still open on the platform, if any. */
  openRequest: z.object({ amount: z.number().int(), createdAt: z.iso.datetime({ offset: true }) }).nullable(),
});
export type DossierPayments = z.infer<typeof DossierPayments>;

export const RequestRefundBody = z.object({
  paymentId: z.uuid(),
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z.string().trim().min(1).max(2000),
});
export type RequestRefundBody = z.infer<typeof RequestRefundBody>;

export const DecideRefundBody = z.object({ note: z.string().trim().max(2000).optional() });
export type DecideRefundBody = z.infer<typeof DecideRefundBody>;

export const RecordRefundBody = z.object({
  refundedOn: z.iso.date(),
  method: RefundMethod,
  reference: z.string().trim().min(1).max(200),
});
export type RecordRefundBody = z.infer<typeof RecordRefundBody>;

export const RefundParams = z.object({ dossierId: z.string(), refundId: z.string() });

/** PAY-3: the daily comparison of an agency's payments with the platform's settlement file. */
export const ReconciliationLineKind = z.enum(["missing", "extra", "different"]);
export const PaymentReconciliationLine = z.object({
  kind: ReconciliationLineKind,
  transactionRef: z.string(),
  dossierCode: z.string(),
  fileAmount: z.number().int().nullable(),
  motcuaAmount: z.number().int().nullable(),
  fileStatus: z.string().nullable(),
  motcuaStatus: z.string().nullable(),
});
export type PaymentReconciliationLine = z.infer<typeof PaymentReconciliationLine>;

export const PaymentReconciliationRun = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  day: z.iso.date(),
  trigger: z.enum(["manual", "schedule"]),
  startedAt: z.iso.datetime({ offset: true }),
  status: z.enum(["succeeded", "failed"]),
  fileLines: z.number().int(),
  motcuaLines: z.number().int(),
  matched: z.number().int(),
  error: z.string().nullable(),
  lines: z.array(PaymentReconciliationLine),
});
export type PaymentReconciliationRun = z.infer<typeof PaymentReconciliationRun>;

export const PaymentReconciliationQuery = z.object({ agencyId: z.uuid() });
export const RunPaymentReconciliationBody = z.object({ agencyId: z.uuid(), day: z.iso.date() });
export type RunPaymentReconciliationBody = z.infer<typeof RunPaymentReconciliationBody>;
export const PaymentReconciliationRuns = z.object({ runs: z.array(PaymentReconciliationRun) });
export type PaymentReconciliationRuns = z.infer<typeof PaymentReconciliationRuns>;
