import { describe, expect, it } from "vitest";
import { foldForSearch, matchesQuery } from "./search.ts";

describe("foldForSearch", () => {
  it("strips Vietnamese diacritics, đ included, and lower-cases", () => {
    expect(foldForSearch("Ủy ban nhân dân Phường Đống Đa")).toBe("uy ban nhan dan phuong dong da");
    expect(foldForSearch("Sở Tư pháp")).toBe("so tu phap");
  });

  it("treats precomposed (NFC) and decomposed (NFD) input alike", () => {
    const nfc = "Vĩnh Phúc".normalize("NFC");
    const nfd = "Vĩnh Phúc".normalize("NFD");
    expect(foldForSearch(nfc)).toBe(foldForSearch(nfd));
  });

  it("collapses whitespace", () => {
    expect(foldForSearch("  Sở   Y  tế ")).toBe("so y te");
  });
});

describe("matchesQuery", () => {
  const haystack = foldForSearch("Sở Kế hoạch và Đầu tư 000.00.06.H56 Số 38 Nguyễn Trãi");
  it("matches every word anywhere, accents optional", () => {
    expect(matchesQuery(haystack, foldForSearch("dau tu ke hoach"))).toBe(true);
    expect(matchesQuery(haystack, foldForSearch("Đầu tư"))).toBe(true);
    expect(matchesQuery(haystack, foldForSearch("06.H56"))).toBe(true);
  });
  it("rejects when one word is missing", () => {
    expect(matchesQuery(haystack, foldForSearch("dau tu y te"))).toBe(false);
  });
  it("an empty query matches everything", () => {
    expect(matchesQuery(haystack, "")).toBe(true);
  });
});
