import { STATISTICS_GROUPINGS, type StatisticsGrouping } from "../../../contracts/statistics.ts";
import { lastMonth } from "../reports/report-period.ts";
import type { StatisticsRequest } from "./statistics-api.ts";

/** The tab shown: the statistics table, or the officers' usage. */
export type StatisticsTab = "figures" | "officers";

/**
 * The statistics asked for, kept in the page's address (`?tu=…&den=…&theo=officer&co-quan=…&xem=can-bo`)
 * so that coming back from a dossier, reloading or sharing the link shows the same table.
 */
const PARAM = { from: "tu", to: "den", groupBy: "theo", agencyId: "co-quan", tab: "xem" } as const;
const OFFICERS_TAB = "can-bo";

const isGrouping = (value: string | null): value is StatisticsGrouping =>
  (STATISTICS_GROUPINGS as readonly (string | null)[]).includes(value);

export function statisticsRequestOf(
  params: URLSearchParams,
  defaults: { now: number; agencyId: string | null },
): StatisticsRequest & { tab: StatisticsTab } {
  const period = lastMonth(defaults.now);
  const groupBy = params.get(PARAM.groupBy);
  return {
    from: params.get(PARAM.from) ?? period.from,
    to: params.get(PARAM.to) ?? period.to,
    agencyId: params.get(PARAM.agencyId) || defaults.agencyId,
    groupBy: isGrouping(groupBy) ? groupBy : "field",
    tab: params.get(PARAM.tab) === OFFICERS_TAB ? "officers" : "figures",
  };
}

/** The address's query; the agency is left out when it is the default one. */
export function statisticsParamsOf(
  request: StatisticsRequest & { tab: StatisticsTab },
  defaultAgencyId: string | null,
): URLSearchParams {
  const params = new URLSearchParams({
    [PARAM.from]: request.from,
    [PARAM.to]: request.to,
    [PARAM.groupBy]: request.groupBy,
  });
  if (request.agencyId && request.agencyId !== defaultAgencyId) params.set(PARAM.agencyId, request.agencyId);
  if (request.tab === "officers") params.set(PARAM.tab, OFFICERS_TAB);
  return params;
}
