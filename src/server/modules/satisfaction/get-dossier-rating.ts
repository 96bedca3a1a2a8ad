import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { DossierRating } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { oneStopOfficerOf, ownDossier } from "./rated-dossier.ts";

/** SAT-1: the rating block of the citizen's dossier page: whether they may rate, and their rating. */
export async function getDossierRating(
  db: Db,
  citizen: CitizenProfile,
  dossierId: string,
): Promise<DossierRating> {
  const dossier = await ownDossier(db, citizen, dossierId);
  const [rating, officer] = await Promise.all([
    db.selectFrom("dossier_rating").selectAll().where("dossier_id", "=", dossierId).executeTakeFirst(),
    oneStopOfficerOf(db, dossierId),
  ]);
  return {
    canRate: dossier.rateable && !rating,
    officer: officer ? { name: officer.full_name } : null,
    rating: rating
      ? {
          agencyLevel: rating.agency_level,
          officerLevel: rating.officer_level,
          comment: rating.comment,
          ratedAt: rating.rated_at.toISOString(),
        }
      : null,
  };
}
