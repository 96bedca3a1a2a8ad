import type { PublicSatisfaction } from "../../../contracts/satisfaction.ts";
import type { Db } from "../../db/database.ts";
import { countsOf, ratingCounts } from "./rating-counts.ts";

/**
 * SAT-2: the ratings aggregated per agency and per one-stop officer, published automatically.
 * Aggregates only: the officers by name (public servants), never an applicant, a dossier or a
 * comment. Test and cancelled dossiers count nowhere (CAN-3).
 */
export async function getPublicSatisfaction(db: Db): Promise<PublicSatisfaction> {
  const rated = db
    .selectFrom("dossier_rating as r")
    .innerJoin("dossier as d", "d.id", "r.dossier_id")
    .where("d.is_test", "=", false)
    .where("d.cancelled", "=", false);
  const [agencies, officers] = await Promise.all([
    rated
      .innerJoin("agency as a", "a.id", "r.agency_id")
      .select(["a.id", "a.name", ...countsOf("r.agency_level")])
      .groupBy(["a.id", "a.name"])
      .orderBy("a.name")
      .execute(),
    rated
      .innerJoin("officer as o", "o.id", "r.officer_id")
      .innerJoin("agency as a", "a.id", "r.agency_id")
      .select(["o.id", "o.full_name", "a.name as agency_name", ...countsOf("r.officer_level")])
      .groupBy(["o.id", "o.full_name", "a.name"])
      .orderBy("o.full_name")
      .execute(),
  ]);
  return {
    agencies: agencies.map((row) => ({ agencyId: row.id, name: row.name, counts: ratingCounts(row) })),
    officers: officers.map((row) => ({
      officerId: row.id,
      name: row.full_name,
      agencyName: row.agency_name,
      counts: ratingCounts(row),
    })),
  };
}
