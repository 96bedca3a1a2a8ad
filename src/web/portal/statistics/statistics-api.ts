import { PublicStatistics } from "../../../contracts/public-statistics.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

export const STATISTICS_PATH = "/thong-ke";

/** Which statistics: a period (first and last day) and an agency's subtree, or (null) the province. */
export interface StatisticsRequest {
  from: string;
  to: string;
  agencyId: string | null;
}

/** RPT-6: the public handling statistics (no sign-in; aggregates only). */
export const statisticsApi = {
  get: ({ from, to, agencyId }: StatisticsRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/public/statistics", { from, to, agencyId }), PublicStatistics, { signal }),
};
