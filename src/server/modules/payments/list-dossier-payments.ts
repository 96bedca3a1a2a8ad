import type { DossierPayments, PayerBalance, PaymentView, RefundView } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import { listPayments } from "./list-payments.ts";
import { HOLDING, refundsOf, refundView } from "./refund-view.ts";

/** PAY-3: due, paid and refundable per payer (payments grouped by the payer's name). */
export function payerBalances(
  payments: readonly PaymentView[],
  refunds: readonly RefundView[],
): PayerBalance[] {
  const byPayer = new Map<string, PayerBalance>();
  for (const payment of payments) {
    const payer = byPayer.get(payment.payerName) ?? {
      payerName: payment.payerName,
      paid: 0,
      applied: 0,
      refunding: 0,
      refundable: 0,
    };
    byPayer.set(payment.payerName, {
      ...payer,
      paid: payer.paid + payment.amount,
      applied: payer.applied + payment.applied,
    });
  }
  for (const refund of refunds) {
    const payer = byPayer.get(refund.payerName);
    if (payer && HOLDING.includes(refund.status))
      byPayer.set(refund.payerName, { ...payer, refunding: payer.refunding + refund.amount });
  }
  return [...byPayer.values()].map((p) => ({ ...p, refundable: p.paid - p.applied - p.refunding }));
}

/**
 * PAY-1, PAY-3: the officer's view of a dossier's money: fees due and paid, every payment with its
 * receipt, the balance of each payer with what may still be refunded, the refunds and their
 * states, and the online request still open on the platform.
 */
export async function listDossierPayments(db: Db, dossierId: string): Promise<DossierPayments> {
  const [list, refundRows, open] = await Promise.all([
    listPayments(db, dossierId),
    refundsOf(db).where("r.dossier_id", "=", dossierId).orderBy("r.requested_at").execute(),
    db
      .selectFrom("payment_request")
      .select(["amount", "created_at"])
      .where("dossier_id", "=", dossierId)
      .where("status", "=", "requested")
      .executeTakeFirst(),
  ]);
  const refunds = refundRows.map(refundView);
  return {
    ...list,
    payers: payerBalances(list.items, refunds),
    refunds,
    openRequest: open ? { amount: Number(open.amount), createdAt: open.created_at.toISOString() } : null,
  };
}
