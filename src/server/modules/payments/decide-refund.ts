import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { DecideRefundBody, RefundView } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { inTransaction } from "../dossiers/dossier-store.ts";
import { lockRefund, REFUND_WRONG_STATE, refundsOf, refundView } from "./refund-view.ts";

/**
 * PAY-3: a leader of the agency that took the money approves a requested refund, or rejects it
 * (its sum becomes refundable again). Only a requested refund can be decided, once; the refund row
 * is locked, so two decisions at once cannot both pass.
 */
export async function decideRefund(
  db: Db,
  clock: Clock,
  officer: CurrentOfficer,
  at: { dossierId: string; refundId: string },
  decision: "approved" | "rejected",
  body: DecideRefundBody,
): Promise<RefundView> {
  return inTransaction(db, async (trx) => {
    const refund = await lockRefund(trx, officer.id, "dossiers.approve", at);
    if (refund.status !== "requested")
      throw REFUND_WRONG_STATE(refund.status, decision === "approved" ? "phê duyệt" : "từ chối");
    await trx
      .updateTable("payment_refund")
      .set({
        status: decision,
        decided_by: officer.id,
        decided_at: new Date(clock()),
        decision_note: body.note?.normalize("NFC") || null,
      })
      .where("id", "=", refund.id)
      .execute();
    return refundView(await refundsOf(trx).where("r.id", "=", refund.id).executeTakeFirstOrThrow());
  });
}
