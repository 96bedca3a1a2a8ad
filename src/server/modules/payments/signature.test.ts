import { describe, expect, it } from "vitest";
import { canonicalString, hasValidSignature, isStale, REPLAY_WINDOW_MS, sign } from "./signature.ts";

const SECRET = "bi-mat-dung-chung";
const NOW = 1_780_000_000_000;

describe("payment platform signatures (PAY-2)", () => {
  it("PAY-2: the canonical string sorts keys and leaves the signature out", () => {
    expect(canonicalString({ b: 2, a: "x", signature: "ff" })).toBe("a=x&b=2");
  });

  it("PAY-2: a signed message verifies; any changed field or another secret does not", () => {
    const message = sign({ transactionRef: "GD1", amount: 50_000 }, SECRET, NOW);
    expect(hasValidSignature(message, SECRET)).toBe(true);
    expect(hasValidSignature({ ...message, amount: 500_000 }, SECRET)).toBe(false);
    expect(hasValidSignature(message, "another-secret")).toBe(false);
    expect(hasValidSignature({ ...message, signature: "00" }, SECRET)).toBe(false);
  });

  it("PAY-2: each message gets its own nonce", () => {
    expect(sign({ a: 1 }, SECRET, NOW).nonce).not.toBe(sign({ a: 1 }, SECRET, NOW).nonce);
  });

  it("PAY-2: older than 10 minutes, or as far ahead, is a replay", () => {
    expect(isStale(NOW - REPLAY_WINDOW_MS, NOW)).toBe(false);
    expect(isStale(NOW - REPLAY_WINDOW_MS - 1, NOW)).toBe(true);
    expect(isStale(NOW + REPLAY_WINDOW_MS + 1, NOW)).toBe(true);
  });
});
