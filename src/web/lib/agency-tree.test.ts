import { describe, expect, it } from "vitest";
import type { PublicAgency } from "../../contracts/agencies.ts";
import { ancestorsOf, buildAgencyTree, subtreeIds } from "./agency-tree.ts";

const agency = (id: string, parentId: string | null, code: string, level: PublicAgency["level"]) => ({
  id,
  parentId,
  code,
  name: id,
  level,
  address: "",
  dutyOfficerName: null,
  dutyOfficerPhone: null,
});

const list: PublicAgency[] = [
  agency("commune", "province", "000.00.51.H56", "commune"),
  agency("unit-b", "justice", "000.02.06.H56", "unit"),
  agency("justice", "province", "000.00.06.H56", "department"),
  agency("province", null, "000.00.00.H56", "province"),
  agency("unit-a", "justice", "000.01.06.H56", "unit"),
  agency("office", "province", "000.00.01.H56", "department"),
];

describe("agency tree (CFG-3)", () => {
  it("lists parents before children, siblings by level then code", () => {
    const tree = buildAgencyTree(list);
    expect(tree.rows.map((r) => [r.agency.id, r.depth])).toEqual([
      ["province", 0],
      ["office", 1],
      ["justice", 1],
      ["unit-a", 2],
      ["unit-b", 2],
      ["commune", 1],
    ]);
    expect(tree.rows.find((r) => r.agency.id === "justice")?.childCount).toBe(2);
  });

  it("finds a subtree and the chain of parents", () => {
    const tree = buildAgencyTree(list);
    expect([...subtreeIds(tree, "justice")].sort()).toEqual(["justice", "unit-a", "unit-b"]);
    expect(ancestorsOf(tree, "unit-b").map((a) => a.id)).toEqual(["province", "justice"]);
    expect(ancestorsOf(tree, "province")).toEqual([]);
  });

  it("shows an agency whose parent is unknown as a root, and survives a loop", () => {
    const tree = buildAgencyTree([
      agency("orphan", "missing", "000.00.02.H56", "department"),
      agency("a", "b", "000.00.03.H56", "unit"),
      agency("b", "a", "000.00.04.H56", "unit"),
    ]);
    expect(tree.roots.map((a) => a.id)).toEqual(["orphan"]);
    expect(ancestorsOf(tree, "a").map((x) => x.id)).toEqual(["b"]);
  });
});
