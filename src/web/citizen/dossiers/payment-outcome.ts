import type { CitizenFees, CitizenPaymentRequest } from "../../../contracts/citizen-payments.ts";

/** The query parameter the payment platform adds to the return URL: its transaction reference. */
export const TRANSACTION_PARAM = "giao-dich";

export type PaymentOutcome =
  | { kind: "paid"; amount: number }
  | { kind: "cancelled" }
  | { kind: "expired" }
  | { kind: "pending" };

const KINDS: Record<CitizenPaymentRequest["status"], PaymentOutcome["kind"]> = {
  paid: "paid",
  failed: "cancelled",
  expired: "expired",
  requested: "pending",
  // Closed without the platform's money (e.g. paid in full at the counter meanwhile).
  cancelled: "cancelled",
};

/**
 * What became of the transaction the platform sent the citizen back from, as the server recorded
 * it (a signed callback or status query: the return URL itself proves nothing). Null: no return,
 * or a reference that is not one of this dossier's requests.
 */
export function paymentOutcome(fees: CitizenFees, transactionRef: string | null): PaymentOutcome | null {
  if (!transactionRef) return null;
  const request = fees.requests.find((candidate) => candidate.transactionRef === transactionRef);
  if (!request) return null;
  const kind = KINDS[request.status];
  return kind === "paid" ? { kind, amount: request.amount } : { kind };
}
