import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { lastMonth } from "./report-period.ts";
import type { Ii06aRequest } from "./reports-api.ts";

/**
 * The report asked for, kept in the page's address (`?tu=…&den=…&theo=linh-vuc&co-quan=…`) so
 * that coming back from a dossier, reloading or sharing the link shows the same report.
 */
const PARAM = { from: "tu", to: "den", by: "theo", agencyId: "co-quan" } as const;
const BY_FIELD = "linh-vuc";

/**
 * Without an agency in the address: the province for the control office (kiểm soát TTHC, which
 * reads the whole province), otherwise the leader's own agency (its subtree).
 */
export function defaultAgencyOf(officer: Pick<CurrentOfficer, "roles" | "agencyId">): string | null {
  return officer.roles.includes("procedure_control") ? null : officer.agencyId;
}

export function requestFromParams(
  params: URLSearchParams,
  defaults: { now: number; agencyId: string | null },
): Ii06aRequest {
  const period = lastMonth(defaults.now);
  return {
    from: params.get(PARAM.from) ?? period.from,
    to: params.get(PARAM.to) ?? period.to,
    by: params.get(PARAM.by) === BY_FIELD ? "field" : "unit",
    agencyId: params.get(PARAM.agencyId) || defaults.agencyId,
  };
}

/** The address's query for a report; the agency is left out when it is the default one. */
export function paramsOf(request: Ii06aRequest, defaultAgencyId: string | null): URLSearchParams {
  const params = new URLSearchParams({ [PARAM.from]: request.from, [PARAM.to]: request.to });
  if (request.by === "field") params.set(PARAM.by, BY_FIELD);
  if (request.agencyId && request.agencyId !== defaultAgencyId) params.set(PARAM.agencyId, request.agencyId);
  return params;
}
