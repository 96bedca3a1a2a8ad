import { sql } from "kysely";
import type { CalendarSpec, DayOverride, WorkingPeriod } from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";

/**
 * One level of a calendar: the national default (agencyId null) or an agency's differences.
 * The latest revision of each level is the one in force.
 */
export interface CalendarLayer {
  agencyId: string | null;
  revision: number;
  workingHours: WorkingPeriod[] | null;
  overrides: DayOverride[];
  officialYears: number[];
}

/** The layers in force for an agency, national first, then its ancestors down to the agency itself. */
export async function layersInForce(db: Db, agencyId: string | null): Promise<CalendarLayer[]> {
  const rows = await db
    .withRecursive("chain(id, parent_id, depth)", (qb) =>
      qb
        .selectFrom("agency")
        .select(["id", "parent_id", sql<number>`0`.as("depth")])
        .where("id", "=", agencyId ?? "00000000-0000-0000-0000-000000000000")
        .unionAll((q) =>
          q
            .selectFrom("agency as a")
            .innerJoin("chain", "chain.parent_id", "a.id")
            .select(["a.id", "a.parent_id", sql<number>`chain.depth + 1`.as("depth")]),
        ),
    )
    .selectFrom("calendar_revision as r")
    .leftJoin("chain", "chain.id", "r.agency_id")
    .where((eb) => eb.or([eb("r.agency_id", "is", null), eb("chain.id", "is not", null)]))
    .distinctOn("r.agency_id")
    .select([
      "r.agency_id",
      "r.revision",
      "r.working_hours",
      "r.overrides",
      "r.official_years",
      "chain.depth",
    ])
    .orderBy("r.agency_id")
    .orderBy("r.revision", "desc")
    .execute();
  return rows
    .sort((a, b) => (b.depth ?? Number.POSITIVE_INFINITY) - (a.depth ?? Number.POSITIVE_INFINITY))
    .map((r) => ({
      agencyId: r.agency_id,
      revision: r.revision,
      workingHours: r.working_hours,
      overrides: r.overrides,
      officialYears: r.official_years,
    }));
}

/**
 * Combines layers into one spec: the national calendar is the base; each agency layer down the
 * tree may replace the working hours (CAL-1) and add or override dates (CAL-4).
 */
export function combineLayers(layers: readonly CalendarLayer[]): CalendarSpec {
  const byDate = new Map<string, DayOverride>();
  let workingHours: WorkingPeriod[] = [];
  const officialYears = new Set<number>();
  for (const layer of layers) {
    if (layer.workingHours) workingHours = layer.workingHours;
    for (const day of layer.overrides) byDate.set(day.date, day);
    for (const year of layer.officialYears) officialYears.add(year);
  }
  return {
    workingHours,
    overrides: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    useDefaultHolidays: true,
    officialYears: [...officialYears].sort((a, b) => a - b),
  };
}

/** Names the revisions a computed calendar came from, e.g. `vn@3+5f1c…@1`. */
export function revisionKey(layers: readonly CalendarLayer[]): string {
  return layers.map((l) => `${l.agencyId ?? "vn"}@${l.revision}`).join("+");
}
