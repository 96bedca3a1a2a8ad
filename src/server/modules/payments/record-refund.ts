import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { RecordRefundBody, RefundView } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { inTransaction } from "../dossiers/dossier-store.ts";
import { lockRefund, REFUND_WRONG_STATE, refundsOf, refundView } from "./refund-view.ts";

/**
 * PAY-3: the one-stop records that an approved refund was paid back: the date, how (cash at the
 * counter, bank transfer, back through the platform) and its reference (the payment order or the
 * signed receipt). Never before approval, never twice.
 */
export async function recordRefund(
  db: Db,
  clock: Clock,
  officer: CurrentOfficer,
  at: { dossierId: string; refundId: string },
  body: RecordRefundBody,
): Promise<RefundView> {
  return inTransaction(db, async (trx) => {
    const refund = await lockRefund(trx, officer.id, "dossiers.one_stop", at);
    if (refund.status !== "approved") throw REFUND_WRONG_STATE(refund.status, "ghi nhận đã hoàn trả");
    await trx
      .updateTable("payment_refund")
      .set({
        status: "recorded",
        refunded_on: body.refundedOn,
        method: body.method,
        reference: body.reference.normalize("NFC"),
        recorded_by: officer.id,
        recorded_at: new Date(clock()),
      })
      .where("id", "=", refund.id)
      .execute();
    return refundView(await refundsOf(trx).where("r.id", "=", refund.id).executeTakeFirstOrThrow());
  });
}
