import type { TransactionNotice } from "../../../contracts/payment-platform.ts";
import { system } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { CallbackVerdict, PaymentRequestRow } from "../../db/schema/payments.ts";
import type { Clock } from "../dossiers/clock.ts";
import { creditable, creditFees, lockedDossier } from "./credit-fees.ts";
import { nextElectronicReceipt, receiptYear } from "./receipt-numbers.ts";

/** The system actor of the payment integration, recorded on the events it causes. */
export const PAYMENT_JOB = "payment-platform";

export interface Settled {
  readonly verdict: CallbackVerdict;
  readonly requestId: string | null;
  readonly detail: string | null;
}

const outcome = (
  verdict: CallbackVerdict,
  request: PaymentRequestRow | null,
  detail: string | null = null,
) => ({
  verdict,
  requestId: request?.id ?? null,
  detail,
});

/**
 * PAY-1, PAY-2, PAU-1(b): what a verified notice from the platform (a callback, or the answer to
 * a status query) does, in the caller's transaction. The request is locked first (`FOR UPDATE`),
 * so two deliveries of one payment queue here and the second finds it paid: a duplicate, nothing
 * changes. A payment whose amount differs from the request's changes nothing (for review). A
 * payment received records one `payment` row (with its electronic receipt) and credits the fees
 * through `record_payment` — only what is still due: money arriving after the fees were paid at
 * the counter, or after the dossier was closed, is recorded as refundable (PAY-3) — and resumes a
 * fee pause paid in full, all in this transaction.
 */
export async function settleNotice(
  trx: Db,
  clock: Clock,
  platform: string,
  notice: TransactionNotice,
): Promise<Settled> {
  const request = await trx
    .selectFrom("payment_request")
    .selectAll()
    .where("platform", "=", platform)
    .where("transaction_ref", "=", notice.transactionRef)
    .forUpdate()
    .executeTakeFirst();
  if (!request || request.order_ref !== notice.orderRef || request.dossier_code !== notice.dossierCode)
    return outcome("unknown", null, "không có yêu cầu thanh toán nào khớp giao dịch này");
  if (request.status === "paid") return outcome("duplicate", request);
  if (notice.status === "pending") return outcome("accepted", request, "chưa thanh toán");
  if (notice.status === "failed") return failed(trx, clock, request);
  if (Number(request.amount) !== notice.amount)
    return outcome(
      "amount_mismatch",
      request,
      `yêu cầu ${request.amount} đồng, báo đã trả ${notice.amount} đồng`,
    );
  return paid(trx, clock, request, notice);
}

async function failed(trx: Db, clock: Clock, request: PaymentRequestRow): Promise<Settled> {
  if (request.status !== "requested") return outcome("duplicate", request);
  await trx
    .updateTable("payment_request")
    .set({ status: "failed", settled_at: new Date(clock()) })
    .where("id", "=", request.id)
    .execute();
  return outcome("accepted", request, "giao dịch không thành công");
}

async function paid(
  trx: Db,
  clock: Clock,
  request: PaymentRequestRow,
  notice: TransactionNotice,
): Promise<Settled> {
  const now = clock();
  await trx
    .updateTable("payment_request")
    .set({ status: "paid", settled_at: new Date(now) })
    .where("id", "=", request.id)
    .execute();
  const dossier = await lockedDossier(trx, request.dossier_id);
  const credit = creditable(dossier, notice.amount);
  const credited = await creditFees(
    trx,
    clock,
    dossier.id,
    { amount: credit, reference: notice.transactionRef },
    () => system(PAYMENT_JOB),
  );
  const paidAt = notice.paidAt > 0 ? notice.paidAt : now;
  const year = receiptYear(paidAt);
  await trx
    .insertInto("payment")
    .values({
      dossier_id: dossier.id,
      agency_id: dossier.receivingAgencyId,
      amount: notice.amount,
      applied_amount: credited.applied,
      method: "online",
      receipt_year: year,
      receipt_number: await nextElectronicReceipt(trx, dossier.receivingAgencyId, year),
      payer_name: notice.payerName.trim() || dossier.applicant.name,
      reference: notice.transactionRef,
      request_id: request.id,
      officer_id: null,
      dossier_version: credited.version,
      paid_at: new Date(paidAt),
      recorded_at: new Date(now),
    })
    .execute();
  const refundable = notice.amount - credited.applied;
  return outcome(
    "accepted",
    request,
    refundable > 0 ? `ghi nhận ${refundable} đồng phải hoàn trả (PAY-3)` : null,
  );
}
