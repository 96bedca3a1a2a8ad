import { describe, expect, it } from "vitest";
import { answerCache } from "./public-statistics-cache.ts";

describe("the public statistics' answer cache (RPT-6)", () => {
  it("RPT-6: reuses an answer within its age, recomputes after it, and keeps at most maxEntries", async () => {
    let now = 0;
    let computed = 0;
    const cache = answerCache<number>({ maxEntries: 2, ttlMs: 1000, now: () => now });
    const compute = async () => ++computed;
    expect(await cache.get("a", compute)).toBe(1);
    expect(await cache.get("a", compute)).toBe(1);
    now = 1000;
    expect(await cache.get("a", compute)).toBe(2);
    await cache.get("b", compute);
    await cache.get("c", compute);
    // "a" was the oldest entry: dropped when "c" came in.
    expect(await cache.get("a", compute)).toBe(5);
    expect(await cache.get("c", compute)).toBe(4);
  });

  it("RPT-6: a failed answer is not kept", async () => {
    const cache = answerCache<number>({ maxEntries: 10, ttlMs: 60_000 });
    await expect(cache.get("x", () => Promise.reject(new Error("bad period")))).rejects.toThrow("bad period");
    expect(await cache.get("x", async () => 7)).toBe(7);
  });
});
