import { sql } from "kysely";
import { civilFromDayNumber, localDayNumber } from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";

/**
 * Receipts (biên lai) are numbered per receiving agency and year (Vietnam time). Online payments'
 * electronic receipts take the next number of the agency's counter (`BLDT-000001`), allocated in
 * the payment's transaction, so numbers never repeat or skip; counter and postal payments keep
 * the number of the paper receipt the officer issued, which must not repeat either.
 */
export function receiptYear(instant: number): number {
  return civilFromDayNumber(localDayNumber(instant)).year;
}

export async function nextElectronicReceipt(trx: Db, agencyId: string, year: number): Promise<string> {
  const row = await trx
    .insertInto("payment_receipt_counter")
    .values({ agency_id: agencyId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(["agency_id", "year"]).doUpdateSet({ last: sql`payment_receipt_counter.last + 1` }),
    )
    .returning("last")
    .executeTakeFirstOrThrow();
  return `BLDT-${String(row.last).padStart(6, "0")}`;
}

export const RECEIPT_NUMBER_TAKEN = (receiptNumber: string) =>
  new AppError(
    409,
    "PAYMENT_RECEIPT_NUMBER_TAKEN",
    `Số biên lai ${receiptNumber} đã được ghi cho một khoản nộp khác của cơ quan trong năm nay; kiểm tra lại số biên lai.`,
  );

/** Whether `error` is the unique receipt number of an agency and year (PostgreSQL 23505). */
export function isReceiptNumberClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === "23505" && e.constraint === "payment_agency_id_receipt_year_receipt_number_key";
}
