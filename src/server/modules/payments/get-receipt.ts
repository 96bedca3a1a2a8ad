import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { ownedBy } from "../dossiers/citizen-dossiers.ts";
import { issuingAgency } from "../dossiers/dossier-documents.ts";
import { stateOf, UUID } from "../dossiers/dossier-store.ts";
import { renderReceipt } from "./render-receipt.ts";

const NOT_FOUND = new AppError(404, "PAYMENT_NOT_FOUND", "Không tìm thấy khoản nộp này của hồ sơ.");

/**
 * PAY-1: the electronic receipt of one payment of a dossier, as PDF. Officers reach it as they
 * reach the dossier (the route's gate); a citizen only for their own dossier (`ownedBy`, else 404).
 * The issuing agency is the dossier's receiving agency, which the receipts are numbered for.
 */
export async function getReceipt(
  db: Db,
  input: { dossierId: string; paymentId: string; lookupBaseUrl: string; citizen?: CitizenProfile },
): Promise<{ fileName: string; pdf: Buffer }> {
  if (!UUID.test(input.dossierId) || !UUID.test(input.paymentId)) throw NOT_FOUND;
  let query = db
    .selectFrom("payment as p")
    .innerJoin("dossier as d", "d.id", "p.dossier_id")
    .selectAll("p")
    .select("d.state")
    .where("p.id", "=", input.paymentId)
    .where("p.dossier_id", "=", input.dossierId);
  if (input.citizen) query = query.where(ownedBy(input.citizen));
  const row = await query.executeTakeFirst();
  if (!row) throw NOT_FOUND;
  const dossier = stateOf(row);
  const { agency, place } = await issuingAgency(db, row.agency_id);
  const amount = Number(row.amount);
  const pdf = await renderReceipt({
    agency,
    place,
    receiptNumber: row.receipt_number,
    dossierCode: dossier.code,
    procedureName: dossier.procedure.name,
    payerName: row.payer_name,
    amount,
    method: row.method,
    reference: row.reference,
    paidAt: row.paid_at.getTime(),
    refundable: amount - Number(row.applied_amount),
    lookupBaseUrl: input.lookupBaseUrl,
  });
  return { fileName: `bien-lai-${row.receipt_number}.pdf`, pdf };
}
