import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { CounterSupplementSlipRequest } from "../../../contracts/dossiers.ts";
import { counterSlip, officer } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "./clock.ts";
import { requireOfferedProcedure, requireReceivingAgency } from "./new-dossier-input.ts";

/**
 * REC-2 (b): the Mẫu 02 of a dossier found incomplete at the counter or by post, listing
 * everything missing at once. No dossier and no code: the slip is checked as the reception checks
 * it (the procedure offered by the agency, the officer its one-stop officer, a reason and at least
 * one missing item). The documents module renders it (`dossierDocumentSource`).
 */
export async function counterSupplementSlip(
  db: Db,
  clock: Clock,
  by: CurrentOfficer,
  body: CounterSupplementSlipRequest,
) {
  const agency = await requireReceivingAgency(db, body.agencyId);
  const procedure = await requireOfferedProcedure(db, body.procedureId, agency.id);
  const slip = counterSlip(
    { kind: "incomplete", reason: body.reason, missingItems: body.missingItems },
    officer(by.id, "one_stop_officer", agency.id),
    agency.id,
    clock(),
  );
  return { slip, filing: { applicant: body.applicant, procedureName: procedure.name } };
}
