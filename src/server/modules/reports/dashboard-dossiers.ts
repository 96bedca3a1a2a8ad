import type { DashboardDossierPage, DashboardDossiersQuery } from "../../../contracts/dashboard.ts";
import type { Db } from "../../db/database.ts";
import { figureDossiers } from "./dashboard-figures.ts";
import { dashboardScope } from "./dashboard-scope.ts";
import { pageOfReportDossiers } from "./list-ii06a-dossiers.ts";

/**
 * RPT-7: the dossiers behind one figure of the leaders' dashboard, a page at a time, oldest
 * reception first; the figure's own predicate (dashboard-figures.ts), so `total` equals it.
 */
export async function listDashboardDossiers(
  db: Db,
  query: DashboardDossiersQuery,
  now: number,
): Promise<DashboardDossierPage> {
  const scope = dashboardScope(query.agencyId, query.asOf ? Date.parse(query.asOf) : now);
  return pageOfReportDossiers(db, figureDossiers(db, scope, query.figure, query.key), query);
}
