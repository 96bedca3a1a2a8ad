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

/** A calendar level's revision in force: `agencyId` null for the national one. */
export type LayerRevision = Pick<CalendarLayer, "agencyId" | "revision">;

/**
 * The revision in force of each level for an agency, national first, then its ancestors down to
 * the agency itself: numbers only, so that a compiled calendar can be found by its key without
 * reading the levels' contents.
 */
export async function revisionsInForce(db: Db, agencyId: string | null): Promise<LayerRevision[]> {
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
    .groupBy(["r.agency_id", "chain.depth"])
    .select(["r.agency_id", (eb) => eb.fn.max("r.revision").as("revision"), "chain.depth"])
    .execute();
  return rows
    .sort((a, b) => (b.depth ?? Number.POSITIVE_INFINITY) - (a.depth ?? Number.POSITIVE_INFINITY))
    .map((r) => ({ agencyId: r.agency_id, revision: r.revision }));
}

/** The contents of these revisions, in the same order. */
export async function layersOf(db: Db, revisions: readonly LayerRevision[]): Promise<CalendarLayer[]> {
  if (revisions.length === 0) return [];
  const rows = await db
    .selectFrom("calendar_revision")
    .select(["agency_id", "revision", "working_hours", "overrides", "official_years"])
    .where((eb) =>
      eb.or(
        revisions.map((r) =>
          eb.and([
            r.agencyId === null ? eb("agency_id", "is", null) : eb("agency_id", "=", r.agencyId),
            eb("revision", "=", r.revision),
          ]),
        ),
      ),
    )
    .execute();
  return revisions.map((r) => {
    const row = rows.find((x) => x.agency_id === r.agencyId && x.revision === r.revision);
    if (!row) throw new Error(`calendar revision ${r.agencyId ?? "vn"}@${r.revision} vanished`);
    return {
      agencyId: row.agency_id,
      revision: row.revision,
      workingHours: row.working_hours,
      overrides: row.overrides,
      officialYears: row.official_years,
    };
  });
}

/** The layers in force for an agency, national first, then its ancestors down to the agency itself. */
export async function layersInForce(db: Db, agencyId: string | null): Promise<CalendarLayer[]> {
  return layersOf(db, await revisionsInForce(db, agencyId));
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
export function revisionKey(layers: readonly LayerRevision[]): string {
  return layers.map((l) => `${l.agencyId ?? "vn"}@${l.revision}`).join("+");
}
