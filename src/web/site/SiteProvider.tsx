import { type ReactNode, useEffect, useState } from "react";
import { api } from "../api-client/endpoints.ts";
import { SiteContext, type SiteState } from "./site-context.ts";

/** Fetches the deployment's province, operator and hotline once; pages read them with `useSite()`. */
export function SiteProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SiteState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    api.publicSite(controller.signal).then(
      (site) => setState({ status: "ready", site }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // The pages still work without it: they fall back to texts that name no province.
        console.warn("GET /api/public/site failed", error);
        setState({ status: "error" });
      },
    );
    return () => controller.abort();
  }, []);

  return <SiteContext value={state}>{children}</SiteContext>;
}
