import { sql } from "kysely";
import type { DashboardProcedure } from "../../../contracts/dashboard.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate } from "./counting-conventions.ts";
import { LATE_OVER_SPAN } from "./dashboard-figures.ts";
import { type DashboardScope, spanSource } from "./dashboard-scope.ts";

/** How many procedures the dashboard lists. */
export const LATE_PROCEDURES_SHOWN = 10;

/**
 * RPT-1: the procedures most often resolved late over the twelve months (Biểu II.06a's column 10
 * for that span, by procedure), with their resolved total (column 7) beside it.
 */
export async function dashboardLateProcedures(db: Db, scope: DashboardScope): Promise<DashboardProcedure[]> {
  const late = sql<number>`(count(*) filter (where ${LATE_OVER_SPAN(scope)}))::int`;
  return spanSource(db, scope)
    .innerJoin("procedure as p", "p.id", "d.procedure_id")
    .where(columnPredicate("resolved", scope.span))
    .select([
      sql<string>`d.procedure_id::text`.as("key"),
      sql<string>`min(p.code)`.as("code"),
      sql<string>`min(pv.name)`.as("label"),
      sql<number>`count(*)::int`.as("resolved"),
      late.as("resolvedLate"),
    ])
    .groupBy("d.procedure_id")
    .having(late, ">", 0)
    .orderBy(late, "desc")
    .orderBy(sql`min(p.code)`)
    .limit(LATE_PROCEDURES_SHOWN)
    .execute();
}
