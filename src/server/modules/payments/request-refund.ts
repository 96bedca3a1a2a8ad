import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { RefundView, RequestRefundBody } from "../../../contracts/payments.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import type { Clock } from "../dossiers/clock.ts";
import { inTransaction, UUID } from "../dossiers/dossier-store.ts";
import { HOLDING, refundView, requireAgencyRole } from "./refund-view.ts";

const PAYMENT_NOT_FOUND = new AppError(404, "PAYMENT_NOT_FOUND", "Không tìm thấy khoản nộp này của hồ sơ.");

const ABOVE_REFUNDABLE = (refundable: number) =>
  new AppError(
    422,
    "REFUND_ABOVE_REFUNDABLE",
    `Số tiền đề nghị hoàn trả lớn hơn số tiền còn được hoàn trả của khoản nộp này (${refundable.toLocaleString("vi-VN")} đồng) (PAY-3).`,
  );

/**
 * PAY-3: the one-stop asks to pay back (part of) what a payment brought beyond the fees
 * (`amount - applied_amount`), with the reason. The payment row is locked first, so two requests
 * for one payment queue and the second sees the first: the refunds that are not rejected never
 * add up to more than the refundable part. Approval by a leader of the receiving agency follows.
 */
export async function requestRefund(
  db: Db,
  clock: Clock,
  officer: CurrentOfficer,
  dossierId: string,
  body: RequestRefundBody,
): Promise<RefundView> {
  if (!UUID.test(dossierId)) throw PAYMENT_NOT_FOUND;
  return inTransaction(db, async (trx) => {
    const payment = await trx
      .selectFrom("payment")
      .selectAll()
      .where("id", "=", body.paymentId)
      .where("dossier_id", "=", dossierId)
      .forUpdate()
      .executeTakeFirst();
    if (!payment) throw PAYMENT_NOT_FOUND;
    await requireAgencyRole(trx, officer.id, "dossiers.one_stop", payment.agency_id);
    const held = await trx
      .selectFrom("payment_refund")
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("amount"), eb.lit(0)).as("total"))
      .where("payment_id", "=", payment.id)
      .where("status", "in", HOLDING)
      .executeTakeFirstOrThrow();
    const refundable = Number(payment.amount) - Number(payment.applied_amount) - Number(held.total);
    if (body.amount > refundable) throw ABOVE_REFUNDABLE(Math.max(0, refundable));
    const row = await trx
      .insertInto("payment_refund")
      .values({
        payment_id: payment.id,
        dossier_id: dossierId,
        agency_id: payment.agency_id,
        amount: body.amount,
        reason: body.reason.normalize("NFC"),
        requested_by: officer.id,
        requested_at: new Date(clock()),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return refundView({ ...row, refunded_on: null, payer_name: payment.payer_name });
  });
}
