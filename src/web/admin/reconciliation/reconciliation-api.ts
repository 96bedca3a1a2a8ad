import { ReconciliationOverview, type StartReconciliation } from "../../../contracts/reconciliation.ts";
import { StartedRun } from "../../../contracts/sync-runs.ts";
import { apiJson } from "../../api-client/client.ts";

/** INT-1: the reconciliation with the national portal. */
export const reconciliationApi = {
  overview: (runId: string | null, signal?: AbortSignal) =>
    apiJson(
      `/api/admin/reconciliation${runId ? `?runId=${encodeURIComponent(runId)}` : ""}`,
      ReconciliationOverview,
      signal ? { signal } : {},
    ),
  run: (body: StartReconciliation) =>
    apiJson("/api/admin/reconciliation/runs", StartedRun, { method: "POST", body }),
};
