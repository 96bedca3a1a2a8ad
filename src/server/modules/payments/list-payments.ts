import type { PaymentList, PaymentView } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentRow } from "../../db/schema/payments.ts";
import { stateOf } from "../dossiers/dossier-store.ts";

export function paymentView(row: PaymentRow): PaymentView {
  const amount = Number(row.amount);
  const applied = Number(row.applied_amount);
  return {
    id: row.id,
    amount,
    applied,
    refundable: amount - applied,
    method: row.method,
    receiptNumber: row.receipt_number,
    payerName: row.payer_name,
    reference: row.reference,
    paidAt: row.paid_at.toISOString(),
  };
}

/** PAY-1, PAY-3: a dossier's fees (due, paid) and every sum received for it, oldest first. */
export async function listPayments(db: Db, dossierId: string): Promise<PaymentList> {
  const [dossier, rows] = await Promise.all([
    db.selectFrom("dossier").select("state").where("id", "=", dossierId).executeTakeFirstOrThrow(),
    db.selectFrom("payment").selectAll().where("dossier_id", "=", dossierId).orderBy("paid_at").execute(),
  ]);
  const fees = stateOf(dossier).fees;
  return { due: fees.due, paid: fees.paid, items: rows.map(paymentView) };
}
