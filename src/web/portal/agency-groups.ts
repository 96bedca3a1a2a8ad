import type { AgencyLevel, PublicAgency } from "../../contracts/agencies.ts";
import { foldForSearch, matchesQuery } from "../lib/search.ts";

/** Display order of the directory's sections. */
export const levelOrder: readonly AgencyLevel[] = ["province", "department", "district", "commune", "unit"];

export interface IndexedAgency {
  agency: PublicAgency;
  /** Name of the parent agency, unless the parent is the root of the tree (obvious, so not shown). */
  parentName: string | null;
  /** Folded name, code, address, officer and parent, for diacritics-insensitive search. */
  haystack: string;
}

interface AgencyGroup {
  level: AgencyLevel;
  agencies: IndexedAgency[];
}

export function indexAgencies(agencies: readonly PublicAgency[]): IndexedAgency[] {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  return agencies
    .map((agency) => {
      const parent = agency.parentId === null ? undefined : byId.get(agency.parentId);
      const parentName = parent && parent.parentId !== null ? parent.name : null;
      const haystack = foldForSearch(
        [agency.name, agency.code, agency.address, agency.dutyOfficerName ?? "", parentName ?? ""].join(" "),
      );
      return { agency, parentName, haystack };
    })
    .sort((a, b) => a.agency.name.localeCompare(b.agency.name, "vi"));
}

/** The agencies matching `query`, grouped by level in `levelOrder`; empty groups are left out. */
export function groupAgencies(indexed: readonly IndexedAgency[], query: string): AgencyGroup[] {
  const folded = foldForSearch(query);
  const byLevel = new Map<AgencyLevel, IndexedAgency[]>();
  for (const item of indexed) {
    if (!matchesQuery(item.haystack, folded)) continue;
    const list = byLevel.get(item.agency.level);
    if (list) list.push(item);
    else byLevel.set(item.agency.level, [item]);
  }
  return levelOrder.flatMap((level) => {
    const agencies = byLevel.get(level);
    return agencies ? [{ level, agencies }] : [];
  });
}
