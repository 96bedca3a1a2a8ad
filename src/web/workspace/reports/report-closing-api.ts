import { LateExplanations } from "../../../contracts/late-explanations.ts";
import { PeriodClose } from "../../../contracts/reports.ts";
import { apiJson } from "../../api-client/client.ts";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { withQuery } from "../../api-client/query.ts";
import type { Ii06aRequest } from "./reports-api.ts";

/** The agency of a request as the close routes take it: omitted for the province. */
const scopeOf = (agencyId: string | null) => (agencyId ? { agencyId } : {});

/** A month's close and reopening (RPT-3, RPT-4), and the explanations of late dossiers (PRC-8). */
export const reportClosingApi = {
  close: (month: string, agencyId: string | null) =>
    apiJson(`/api/reports/periods/${month}/close`, PeriodClose, { method: "POST", body: scopeOf(agencyId) }),
  reopen: (month: string, agencyId: string | null, reason: string) =>
    apiJson(`/api/reports/periods/${month}/reopen`, PeriodClose, {
      method: "POST",
      body: { ...scopeOf(agencyId), reason },
    }),
  lateExplanations: ({ from, to, agencyId }: Ii06aRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/late-explanations", { from, to, agencyId }), LateExplanations, {
      signal,
    }),
  /** PRC-8: through the dossier's own command, as on its page (one way to record a reason). */
  explain: (dossier: { id: string; version: number }, reason: string) =>
    dossiersApi.command(
      "record_lateness_reason",
      dossier.id,
      { expectedVersion: dossier.version, reason },
      crypto.randomUUID(),
    ),
};
