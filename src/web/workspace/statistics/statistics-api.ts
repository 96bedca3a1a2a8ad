import { Ii06aDossierPage } from "../../../contracts/reports.ts";
import {
  OfficerUsageReport,
  type StatisticsColumn,
  type StatisticsGrouping,
  StatisticsReport,
} from "../../../contracts/statistics.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

export const STATISTICS_PATH = "/can-bo/thong-ke";

/** Which statistics: a period, an agency's subtree or (null) the province, the rows' grouping. */
export interface StatisticsRequest {
  from: string;
  to: string;
  agencyId: string | null;
  groupBy: StatisticsGrouping;
}

/** One figure of the table: a column of a row (its key), or of the totals (null). */
export interface StatisticsFigureRef {
  column: StatisticsColumn;
  row: string | null;
}

/** RPT-1: the statistics as the server counts them, the dossiers behind each figure, officer usage. */
export const statisticsApi = {
  statistics: (request: StatisticsRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/statistics", { ...request }), StatisticsReport, { signal }),
  dossiers: (
    request: StatisticsRequest,
    figure: StatisticsFigureRef,
    page: { page: number; pageSize: number },
    signal: AbortSignal,
  ) =>
    apiJson(
      withQuery("/api/reports/statistics/dossiers", { ...request, ...figure, ...page }),
      Ii06aDossierPage,
      { signal },
    ),
  officerUsage: ({ from, to, agencyId }: StatisticsRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/officer-usage", { from, to, agencyId }), OfficerUsageReport, { signal }),
};
