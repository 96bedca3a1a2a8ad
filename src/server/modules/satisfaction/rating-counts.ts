import { sql } from "kysely";
import type { RatingCounts } from "../../../contracts/satisfaction.ts";

/** SAT-2: the counts per level of a group of ratings, as SQL selections over `column`. */
export function countsOf(column: "r.agency_level" | "r.officer_level") {
  const level = (value: string) => sql<number>`(count(*) filter (where ${sql.ref(column)} = ${value}))::int`;
  return [
    level("very_satisfied").as("very_satisfied"),
    level("satisfied").as("satisfied"),
    level("unsatisfied").as("unsatisfied"),
  ] as const;
}

/** Satisfied share = (very satisfied + satisfied) ÷ all; null when nobody rated. */
export function ratingCounts(row: {
  very_satisfied: number;
  satisfied: number;
  unsatisfied: number;
}): RatingCounts {
  const total = row.very_satisfied + row.satisfied + row.unsatisfied;
  return {
    verySatisfied: row.very_satisfied,
    satisfied: row.satisfied,
    unsatisfied: row.unsatisfied,
    total,
    satisfiedShare: total > 0 ? (row.very_satisfied + row.satisfied) / total : null,
  };
}
