import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { CitizenFees, CitizenPaymentRequest } from "../../../contracts/citizen-payments.ts";
import { feesPayableNow } from "../../../domain/dossier/index.ts";
import { openSubDeadlineOf } from "../../../domain/dossier/sub-deadlines.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentRequestRow } from "../../db/schema/payments.ts";
import { ownedBy } from "../dossiers/citizen-dossiers.ts";
import { dossierNotFound, stateOf, UUID } from "../dossiers/dossier-store.ts";
import { paymentView } from "./list-payments.ts";

function requestOf(row: PaymentRequestRow): CitizenPaymentRequest {
  return {
    id: row.id,
    amount: Number(row.amount),
    status: row.status,
    transactionRef: row.transaction_ref,
    createdAt: row.created_at.toISOString(),
    settledAt: row.settled_at?.toISOString() ?? null,
  };
}

/**
 * PAY-1, PAU-1(b), PAU-2: the fees of the citizen's own dossier (another's: 404, as if it did not
 * exist): due, paid, balance, whether it can be paid online now and by when, the payments with
 * their receipts and the online requests with their outcome.
 */
export async function getCitizenFees(
  db: Db,
  citizen: CitizenProfile,
  dossierId: string,
): Promise<CitizenFees> {
  if (!UUID.test(dossierId)) throw dossierNotFound();
  const row = await db
    .selectFrom("dossier as d")
    .select("d.state")
    .where("d.id", "=", dossierId)
    .where(ownedBy(citizen))
    .executeTakeFirst();
  if (!row) throw dossierNotFound();
  const [payments, requests] = await Promise.all([
    db.selectFrom("payment").selectAll().where("dossier_id", "=", dossierId).orderBy("paid_at").execute(),
    db
      .selectFrom("payment_request")
      .selectAll()
      .where("dossier_id", "=", dossierId)
      .orderBy("created_at", "desc")
      .execute(),
  ]);
  const dossier = stateOf(row);
  const { due, paid } = dossier.fees;
  const balance = Math.max(0, due - paid);
  const period = openSubDeadlineOf(dossier, "fee_payment");
  return {
    due,
    paid,
    balance,
    payableOnline: feesPayableNow(dossier) >= 1,
    payBy: period ? new Date(period.due).toISOString() : null,
    payments: payments.map(paymentView),
    requests: requests.map(requestOf),
  };
}
