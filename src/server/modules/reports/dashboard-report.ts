import type { Dashboard, DashboardQuery } from "../../../contracts/dashboard.ts";
import type { Db } from "../../db/database.ts";
import { dashboardLateProcedures } from "./dashboard-late-procedures.ts";
import { dashboardByStep, dashboardByUnit } from "./dashboard-now.ts";
import { dashboardScope } from "./dashboard-scope.ts";
import { dashboardTrend } from "./dashboard-trend.ts";
import { reportingUnit } from "./get-ii06a-report.ts";

/**
 * RPT-1, RPT-7: the leaders' dashboard of an agency's subtree (or the province) as of `asOf`
 * (default `now`): the twelve months' on-time trend and online share, what is in progress now by
 * competent agency and by where it waits, overdue and due soon, and the procedures most often
 * late. Every figure is a Biểu II.06a convention (counting-conventions.ts), listed by
 * `/api/reports/dashboard/dossiers` with the same predicate.
 */
export async function getDashboard(db: Db, query: DashboardQuery, now: number): Promise<Dashboard> {
  const scope = dashboardScope(query.agencyId, query.asOf ? Date.parse(query.asOf) : now);
  const [unit, months, byUnit, byStep, lateProcedures] = await Promise.all([
    reportingUnit(db, scope.agencyId),
    dashboardTrend(db, scope),
    dashboardByUnit(db, scope),
    dashboardByStep(db, scope),
    dashboardLateProcedures(db, scope),
  ]);
  const total = (name: "inProgress" | "overdue" | "dueSoon") =>
    byUnit.reduce((sum, row) => sum + row[name], 0);
  return {
    asOf: new Date(scope.asOf).toISOString(),
    unit,
    months,
    // Each dossier is in exactly one competent agency's row.
    now: { inProgress: total("inProgress"), overdue: total("overdue"), dueSoon: total("dueSoon") },
    byUnit,
    byStep,
    lateProcedures,
  };
}
