import { z } from "zod";
import { PaymentRequestView, PaymentView } from "./payments.ts";

/** PAY-1, PAU-1(b), PAU-2: the fees of a citizen's own dossier, as "Hồ sơ của tôi" shows them. */

/** One request to the payment platform, without its page: what became of it. */
export const CitizenPaymentRequest = PaymentRequestView.pick({
  id: true,
  amount: true,
  status: true,
  createdAt: true,
}).extend({
  /** The platform's reference, which it sends back on the return URL (`giao-dich`). */
  transactionRef: z.string(),
  settledAt: z.iso.datetime({ offset: true }).nullable(),
});
export type CitizenPaymentRequest = z.infer<typeof CitizenPaymentRequest>;

export const CitizenFees = z.object({
  /** Integer đồng: set by the agency, paid so far, still to pay. */
  due: z.number().int(),
  paid: z.number().int(),
  balance: z.number().int(),
  /** PAU-1(b): paused for fees with a balance: `POST …/payments` opens a payment now. */
  payableOnline: z.boolean(),
  /** PAU-2: the open fee period's end, after which an unpaid dossier is refused. */
  payBy: z.iso.datetime({ offset: true }).nullable(),
  /** Every sum received, oldest first, each with its receipt. */
  payments: z.array(PaymentView),
  /** The online payment requests, newest first. */
  requests: z.array(CitizenPaymentRequest),
});
export type CitizenFees = z.infer<typeof CitizenFees>;
