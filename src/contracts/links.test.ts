import { describe, expect, it } from "vitest";
import { isSafeLink, SafeLink } from "./links.ts";

describe("links shown on public pages: http(s) or a path of this site, nothing else", () => {
  it("accepts absolute http(s) addresses and same-site paths", () => {
    for (const link of [
      "https://vbpl.vn/bophapdien/Pages/ho-tich.aspx",
      "http://thanhhoa.gov.vn/to-khai.docx",
      "/templates/to-khai.docx",
      "/",
    ])
      expect(isSafeLink(link), link).toBe(true);
  });

  it("refuses protocol-relative links and everything a browser may read as another site or a script", () => {
    for (const link of [
      "//evil.example/to-khai.docx",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "data:text/html,x",
      "https:evil.example",
      "http:/evil.example",
      "https://",
      "/a b",
      "/a\tb",
      "ho-so",
      "",
    ])
      expect(isSafeLink(link), JSON.stringify(link)).toBe(false);
  });

  it("the contract trims, then refuses with a Vietnamese message", () => {
    expect(SafeLink.parse("  /mau.docx ")).toBe("/mau.docx");
    const refused = SafeLink.safeParse("//evil.example/x");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/một dấu \//);
  });
});
