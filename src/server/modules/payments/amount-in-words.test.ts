import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words.ts";

describe("amount in words on the receipt (PAY-1)", () => {
  it.each([
    [0, "Không đồng"],
    [5_000, "Năm nghìn đồng"],
    [15_000, "Mười lăm nghìn đồng"],
    [21_000, "Hai mươi mốt nghìn đồng"],
    [50_000, "Năm mươi nghìn đồng"],
    [105_000, "Một trăm linh năm nghìn đồng"],
    [1_250_000, "Một triệu hai trăm năm mươi nghìn đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [2_000_000_000, "Hai tỷ đồng"],
    [310_045, "Ba trăm mười nghìn không trăm bốn mươi lăm đồng"],
  ])("PAY-1: %i đồng reads '%s'", (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it("PAY-1: refuses what is not an integer amount of đồng", () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
  });
});
