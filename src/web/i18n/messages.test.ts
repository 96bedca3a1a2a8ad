import { describe, expect, it } from "vitest";
import { en, enAreas } from "./en/index.ts";
import { vi, viAreas } from "./vi/index.ts";

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a message tree: `path` → text. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\/?\w+)>/g)].map((m) => m[0]).sort();

describe("translations", () => {
  it("gives each top-level key to one area only, in both languages", () => {
    for (const areas of [viAreas, enAreas]) {
      const owner = new Map<string, string>();
      for (const [area, messages] of Object.entries(areas)) {
        for (const key of Object.keys(messages)) {
          expect(owner.get(key), `"${key}" is in ${owner.get(key)} and ${area}`).toBeUndefined();
          owner.set(key, area);
        }
      }
    }
  });

  it("has the same areas and keys in English as in Vietnamese", () => {
    expect(Object.keys(enAreas)).toEqual(Object.keys(viAreas));
    expect([...leaves(en as Tree).keys()].sort()).toEqual([...leaves(vi as Tree).keys()].sort());
  });

  it("keeps every placeholder and tag of the Vietnamese text in English", () => {
    const english = leaves(en as Tree);
    for (const [path, text] of leaves(vi as Tree)) {
      // Vietnamese has no plural forms: its `_one` mirrors `_other`, English may drop the count in `_one`.
      if (path.endsWith("_one")) continue;
      expect(placeholders(english.get(path) ?? ""), path).toEqual(placeholders(text));
    }
  });

  it("leaves no text empty", () => {
    for (const [path, text] of [...leaves(vi as Tree), ...leaves(en as Tree)]) {
      expect(text.trim(), path).not.toBe("");
    }
  });
});
