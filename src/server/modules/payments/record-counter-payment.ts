import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { PaymentView, RecordCounterPaymentBody } from "../../../contracts/payments.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import {
  type Dossier,
  HANDLERS,
  type OfficerActor,
  officer as officerActor,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import type { Clock } from "../dossiers/clock.ts";
import { inTransaction, lockDossier, stateOf, versionConflict } from "../dossiers/dossier-store.ts";
import { officerSeats } from "../dossiers/officer-seats.ts";
import { rolesFor } from "../identity/permissions.ts";
import { creditFees } from "./credit-fees.ts";
import { paymentView } from "./list-payments.ts";
import { isReceiptNumberClash, RECEIPT_NUMBER_TAKEN, receiptYear } from "./receipt-numbers.ts";

const ABOVE_BALANCE = (balance: number) =>
  new AppError(
    422,
    "PAYMENT_ABOVE_BALANCE",
    `Số tiền nộp lớn hơn số phí, lệ phí còn phải nộp của hồ sơ (${balance.toLocaleString("vi-VN")} đồng).`,
  );

/**
 * PAY-1: the one-stop records fees paid at the counter, by post or by transfer, with the number of
 * the receipt it issued, in one transaction: the dossier locked and its version checked, the sum
 * credited through `record_payment` (and the fee pause resumed once paid in full, PAU-1(b)), the
 * `payment` row written. Racing an online payment of the same fees, the dossier row lock orders
 * them: if the callback came first the fees are paid and this is refused (422
 * FEES_NOTHING_OUTSTANDING, nothing written); if this came first, the callback's money is recorded
 * as refundable (PAY-3), never as a second fee payment (docs/PAYMENTS.md).
 */
export async function recordCounterPayment(
  db: Db,
  clock: Clock,
  officer: CurrentOfficer,
  dossierId: string,
  body: RecordCounterPaymentBody,
): Promise<{ payment: PaymentView; version: number }> {
  try {
    return await inTransaction(db, async (trx) => {
      const row = await lockDossier(trx, dossierId);
      if (row.version !== body.expectedVersion) throw versionConflict(row.version, body.expectedVersion);
      const dossier = stateOf(row);
      const balance = dossier.fees.due - dossier.fees.paid;
      if (balance > 0 && body.amount > balance) throw ABOVE_BALANCE(balance);
      const reference = `Biên lai số ${body.receiptNumber}`;
      const credited = await creditFees(
        trx,
        clock,
        dossier.id,
        { amount: body.amount, reference },
        (d, now, cal, command) => seatFor(trx, officer, { dossier: d, now, calendar: cal, command }),
      );
      const now = clock();
      const payment = await trx
        .insertInto("payment")
        .values({
          dossier_id: dossier.id,
          agency_id: dossier.receivingAgencyId,
          amount: body.amount,
          applied_amount: credited.applied,
          method: body.method,
          receipt_year: receiptYear(now),
          receipt_number: body.receiptNumber,
          payer_name: body.payerName.normalize("NFC"),
          reference,
          request_id: null,
          officer_id: officer.id,
          dossier_version: credited.version,
          paid_at: new Date(now),
          recorded_at: new Date(now),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = await lockDossier(trx, dossier.id);
      if (credited.version !== null) await cancelOpenRequestWhenPaid(trx, stateOf(after), now);
      return { payment: paymentView(payment), version: after.version };
    });
  } catch (error) {
    if (isReceiptNumberClash(error)) throw RECEIPT_NUMBER_TAKEN(body.receiptNumber);
    throw error;
  }
}

/**
 * Fees paid in full at the counter: the dossier's open online request is cancelled, so the citizen
 * is no longer offered to pay them again. Should the platform still report it paid, that money is
 * recorded as refundable (settle-notice.ts credits only what is due).
 */
async function cancelOpenRequestWhenPaid(trx: Db, dossier: Dossier, now: number): Promise<void> {
  if (dossier.fees.paid < dossier.fees.due) return;
  await trx
    .updateTable("payment_request")
    .set({ status: "cancelled", settled_at: new Date(now) })
    .where("dossier_id", "=", dossier.id)
    .where("status", "=", "requested")
    .execute();
}

/**
 * The officer's seat on the dossier whose lifecycle guard lets the command through; else a seat
 * the guard refuses for the dossier's state rather than for the seat (nothing outstanding), so that
 * the refusal names what is wrong.
 */
async function seatFor(
  trx: Db,
  officer: CurrentOfficer,
  at: { dossier: Dossier; now: number; calendar: WorkingCalendar; command: "record_payment" | "resume" },
) {
  const seats = await officerSeats(trx, officer.id, at.dossier, rolesFor("dossiers.one_stop"));
  const context = { now: at.now, calendar: at.calendar };
  const refusal = (seat: OfficerActor) => HANDLERS[at.command].check(at.dossier, seat, context);
  return (
    seats.find((seat) => refusal(seat) === null) ??
    seats.find((seat) => !refusal(seat)?.code.startsWith("ACTOR_")) ??
    seats[0] ??
    officerActor(officer.id, "one_stop_officer", officer.agencyId)
  );
}
