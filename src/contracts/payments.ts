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
  status: z.enum(["requested", "paid", "failed", "expired"]),
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
