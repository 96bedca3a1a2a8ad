import type { DossierCommandBody } from "../../../contracts/dossiers.ts";
import {
  type ApplicantSnapshot,
  type Dossier,
  duplicateCodesRefusal,
} from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";

/**
 * CAN-2 against the database: the duplicate codes of a cancellation request must be dossiers in
 * the store, other than this one, of the same applicant (422 citing CAN-2 otherwise). Test
 * dossiers (CAN-1) list no codes.
 */
export async function checkDuplicateCodes(
  db: Db,
  dossier: Dossier,
  body: DossierCommandBody<"request_cancellation">,
): Promise<void> {
  const codes = body.duplicateCodes ?? [];
  if (body.ground === "test" || codes.length === 0) return;
  const rows = await db
    .selectFrom("dossier")
    .select(["code", "applicant"])
    .where("code", "in", [...codes])
    .execute();
  const found = new Map(rows.map((row) => [row.code, row.applicant as unknown as ApplicantSnapshot]));
  const refusal = duplicateCodesRefusal(dossier, codes, found);
  if (refusal) throw refusal;
}
