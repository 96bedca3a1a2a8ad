import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { DossierRating, DossierRatingInput } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { getDossierRating } from "./get-dossier-rating.ts";
import { oneStopOfficerOf, ownDossier } from "./rated-dossier.ts";

const NOT_YET = new AppError(
  409,
  "RATING_NOT_YET_ALLOWED",
  "Hồ sơ chưa có kết quả hoặc chưa bị từ chối nên chưa thể đánh giá mức độ hài lòng.",
);
const ALREADY = new AppError(
  409,
  "RATING_ALREADY_GIVEN",
  "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.",
);

/**
 * SAT-1: the applicant rates their finished dossier once: the agency, and the one-stop officer
 * who dealt with it when one is known and the applicant rated them. A second rating is refused
 * by the primary key (`ON CONFLICT DO NOTHING`), even when two arrive at once.
 */
export async function rateDossier(
  db: Db,
  citizen: CitizenProfile,
  dossierId: string,
  body: DossierRatingInput,
  now: number,
): Promise<DossierRating> {
  const dossier = await ownDossier(db, citizen, dossierId);
  if (!dossier.rateable) throw NOT_YET;
  const officer = body.officerLevel ? await oneStopOfficerOf(db, dossierId) : undefined;
  const inserted = await db
    .insertInto("dossier_rating")
    .values({
      dossier_id: dossierId,
      agency_id: dossier.receiving_agency_id,
      officer_id: officer?.id ?? null,
      officer_level: officer && body.officerLevel ? body.officerLevel : null,
      citizen_id: citizen.id,
      agency_level: body.agencyLevel,
      comment: body.comment ?? null,
      rated_at: new Date(now),
    })
    .onConflict((conflict) => conflict.column("dossier_id").doNothing())
    .returning("dossier_id")
    .executeTakeFirst();
  if (!inserted) throw ALREADY;
  return getDossierRating(db, citizen, dossierId);
}
