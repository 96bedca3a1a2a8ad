import { useMemo } from "react";
import type { PublicAgency } from "../../contracts/agencies.ts";
import { api } from "../api-client/endpoints.ts";
import { type AgencyTree, buildAgencyTree } from "../lib/agency-tree.ts";
import { type Fetched, useFetched } from "../lib/useFetched.ts";

/** The whole agency tree (the public directory has every agency), kept while it is reloaded. */
export function useAgencyTree(): {
  tree: AgencyTree | null;
  agencies: Fetched<{ agencies: PublicAgency[] }>;
} {
  const agencies = useFetched("agencies", (signal) => api.publicAgencies(signal));
  const list = agencies.data?.agencies;
  const tree = useMemo(() => (list ? buildAgencyTree(list) : null), [list]);
  return { tree, agencies };
}
