import { Dashboard, DashboardDossierPage, type DashboardFigure } from "../../../contracts/dashboard.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

export const DASHBOARD_PATH = "/can-bo/bang-dieu-khien";

/** One figure of the dashboard, as its drill-down asks for it, with the words naming it. */
export interface DashboardFigureRef {
  figure: DashboardFigure;
  key: string | null;
  figureLabel: string;
  groupLabel: string;
}

/** The leaders' dashboard (RPT-1) of an agency's subtree or (null) the province, and each figure's dossiers. */
export const dashboardApi = {
  dashboard: (agencyId: string | null, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/dashboard", { agencyId }), Dashboard, { signal }),
  dossiers: (
    agencyId: string | null,
    asOf: string,
    { figure, key }: DashboardFigureRef,
    page: { page: number; pageSize: number },
    signal: AbortSignal,
  ) =>
    apiJson(
      withQuery("/api/reports/dashboard/dossiers", { agencyId, asOf, figure, key, ...page }),
      DashboardDossierPage,
      { signal },
    ),
};
