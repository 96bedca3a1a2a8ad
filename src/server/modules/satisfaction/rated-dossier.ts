import { sql } from "kysely";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { DossierStatus } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { ownedBy } from "../dossiers/citizen-dossiers.ts";
import { UUID } from "../dossiers/dossier-store.ts";

/**
 * SAT-1: a dossier may be rated once its applicant has the outcome: the result returned, or the
 * dossier refused (at reception or after processing). Withdrawn and cancelled dossiers are not.
 */
export const RATEABLE_STATUSES: readonly DossierStatus[] = ["returned", "refused", "refused_at_reception"];

const NOT_FOUND = new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");

/** The citizen's own dossier (another's: 404, as every citizen route, rule 7). */
export async function ownDossier(db: Db, citizen: CitizenProfile, dossierId: string) {
  if (!UUID.test(dossierId)) throw NOT_FOUND;
  const row = await db
    .selectFrom("dossier as d")
    .select(["d.id", "d.status", "d.receiving_agency_id"])
    .where("d.id", "=", dossierId)
    .where(ownedBy(citizen))
    .executeTakeFirst();
  if (!row) throw NOT_FOUND;
  return { ...row, rateable: (RATEABLE_STATUSES as readonly string[]).includes(row.status) };
}

/**
 * The one-stop officer who last acted on the dossier (received it, returned its result or refused
 * it), from its history; none when no known officer did (e.g. a refusal by a specialist).
 */
export async function oneStopOfficerOf(db: Db, dossierId: string) {
  return db
    .selectFrom("dossier_event as e")
    .innerJoin("officer as o", (join) => join.on(sql<boolean>`o.id::text = e.actor->>'officerId'`))
    .select(["o.id", "o.full_name"])
    .where("e.dossier_id", "=", dossierId)
    .where(sql<string>`e.actor->>'role'`, "=", "one_stop_officer")
    .orderBy("e.version", "desc")
    .limit(1)
    .executeTakeFirst();
}
