import { useCallback, useEffect, useState } from "react";
import type { PublicAgency } from "../../contracts/agencies.ts";
import { api } from "../api-client/endpoints.ts";

export type AgenciesState =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "ready"; agencies: PublicAgency[] };

export function useAgencies(): { state: AgenciesState; retry: () => void } {
  const [state, setState] = useState<AgenciesState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` is read so that retry() re-runs the effect.
    void attempt;
    const controller = new AbortController();
    setState({ status: "loading" });
    api.publicAgencies(controller.signal).then(
      ({ agencies }) => setState({ status: "ready", agencies }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
