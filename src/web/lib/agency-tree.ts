import type { PublicAgency } from "../../contracts/agencies.ts";
import { levelOrder } from "../portal/agency-groups.ts";

/** One agency in depth-first order, with how deep it sits (0 = a root, the province). */
interface AgencyRow {
  agency: PublicAgency;
  depth: number;
  /** Number of agencies directly under it. */
  childCount: number;
}

export interface AgencyTree {
  roots: PublicAgency[];
  byId: Map<string, PublicAgency>;
  childrenOf: (id: string) => PublicAgency[];
  /** Every agency, parents before their children, siblings by level then code (CFG-3). */
  rows: AgencyRow[];
}

const levelRank = (agency: PublicAgency) => levelOrder.indexOf(agency.level);

const siblingOrder = (a: PublicAgency, b: PublicAgency) =>
  levelRank(a) - levelRank(b) || a.code.localeCompare(b.code) || a.name.localeCompare(b.name, "vi");

/**
 * The agency tree of a flat list. An agency whose parent is not in the list is treated as a root,
 * so that nothing is hidden; a loop in the data (which the server refuses) cannot hang the page.
 */
export function buildAgencyTree(agencies: readonly PublicAgency[]): AgencyTree {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const children = new Map<string, PublicAgency[]>();
  const roots: PublicAgency[] = [];
  for (const agency of agencies) {
    if (agency.parentId === null || !byId.has(agency.parentId)) roots.push(agency);
    else children.set(agency.parentId, [...(children.get(agency.parentId) ?? []), agency]);
  }
  roots.sort(siblingOrder);
  for (const list of children.values()) list.sort(siblingOrder);
  const childrenOf = (id: string) => children.get(id) ?? [];

  const rows: AgencyRow[] = [];
  const seen = new Set<string>();
  const visit = (agency: PublicAgency, depth: number) => {
    if (seen.has(agency.id)) return;
    seen.add(agency.id);
    rows.push({ agency, depth, childCount: childrenOf(agency.id).length });
    for (const child of childrenOf(agency.id)) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return { roots, byId, childrenOf, rows };
}

/** The agency and everything below it. */
export function subtreeIds(tree: AgencyTree, id: string): Set<string> {
  const ids = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || ids.has(next)) continue;
    ids.add(next);
    for (const child of tree.childrenOf(next)) stack.push(child.id);
  }
  return ids;
}

/** The agency's parents, nearest last: [province, department] for a unit of a department. */
export function ancestorsOf(tree: AgencyTree, id: string): PublicAgency[] {
  const chain: PublicAgency[] = [];
  const seen = new Set<string>([id]);
  let parentId = tree.byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = tree.byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}
