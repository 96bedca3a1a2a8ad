import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { agencySubtree } from "./agency-subtree.ts";

let t: TestDatabase;
let parentOf: Map<string, string | null>;
beforeAll(async () => {
  t = await createTestDatabase();
  const rows = await t.db.selectFrom("agency").select(["id", "parent_id"]).execute();
  parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
});
afterAll(() => t.drop());

/** The expected subtree, walked up from every agency in memory. */
function below(roots: readonly string[]): string[] {
  const inside = (id: string | null): boolean =>
    id !== null && (roots.includes(id) || inside(parentOf.get(id) ?? null));
  return [...parentOf.keys()].filter(inside).sort();
}

const idsOf = async (roots: Parameters<typeof agencySubtree>[1]) =>
  (await agencySubtree(t.db, roots).execute()).map((r) => r.id).sort();

describe("CFG-3: a role at an agency covers its subtree", () => {
  it("gives every agency's own subtree, itself included", async () => {
    for (const id of parentOf.keys()) expect(await idsOf(id)).toEqual(below([id]));
    const root = [...parentOf].find(([, parent]) => parent === null)?.[0] as string;
    expect(await idsOf(root)).toHaveLength(parentOf.size);
  });

  it("takes several roots, overlapping or from a subquery, each agency once", async () => {
    const [a, b] = [...parentOf].filter(([, parent]) => parent !== null).map(([id]) => id);
    const roots = [a as string, b as string, parentOf.get(a as string) as string];
    expect(await idsOf(roots)).toEqual(below(roots));
    const sub = t.db.selectFrom("agency").select("id").where("id", "in", roots);
    expect(await idsOf(sub)).toEqual(below(roots));
  });

  it("gives nothing for an agency that does not exist", async () => {
    expect(await idsOf("00000000-0000-0000-0000-000000000000")).toEqual([]);
  });
});
