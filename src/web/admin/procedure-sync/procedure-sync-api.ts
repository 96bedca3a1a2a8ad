import { ProcedureSyncOverview } from "../../../contracts/procedure-sync.ts";
import { StartedRun } from "../../../contracts/sync-runs.ts";
import { apiJson } from "../../api-client/client.ts";

/** CFG-1: the procedure sync with the national procedure database. */
export const procedureSyncApi = {
  overview: (runId: string | null, signal?: AbortSignal) =>
    apiJson(
      `/api/admin/procedure-sync${runId ? `?runId=${encodeURIComponent(runId)}` : ""}`,
      ProcedureSyncOverview,
      signal ? { signal } : {},
    ),
  run: () => apiJson("/api/admin/procedure-sync/runs", StartedRun, { method: "POST", body: {} }),
};
