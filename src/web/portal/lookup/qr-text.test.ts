import { describe, expect, it } from "vitest";
import { codeFromQrText } from "./qr-text.ts";

const CODE = "000.00.06.H56-260213-0001";

describe("codeFromQrText", () => {
  it("CODE-3, LKP-1: reads the code from the receipt's lookup address, whatever the host", () => {
    expect(codeFromQrText(`https://motcua.thanhhoa.gov.vn/tra-cuu?ma=${CODE}`)).toEqual({
      ok: true,
      code: CODE,
    });
    expect(codeFromQrText(`http://127.0.0.1:3000/tra-cuu/?ma=${encodeURIComponent(CODE)}`)).toEqual({
      ok: true,
      code: CODE,
    });
    expect(codeFromQrText(`  https://a.vn/mot-cua/tra-cuu?ma=${CODE.toLowerCase()}&x=1\n`)).toEqual({
      ok: true,
      code: CODE,
    });
  });

  it("LKP-1: accepts a bare dossier code, trimmed and upper-cased", () => {
    expect(codeFromQrText(CODE)).toEqual({ ok: true, code: CODE });
    expect(codeFromQrText(` ${CODE.toLowerCase()} `)).toEqual({ ok: true, code: CODE });
  });

  it("LKP-1: refuses anything else — other pages, bad codes, other schemes, plain text", () => {
    for (const text of [
      "",
      "   ",
      "Xin chào",
      "https://example.com/",
      `https://a.vn/thu-tuc?ma=${CODE}`,
      "https://a.vn/tra-cuu?ma=123",
      "https://a.vn/tra-cuu",
      `javascript:alert(1)//tra-cuu?ma=${CODE}`,
      `ftp://a.vn/tra-cuu?ma=${CODE}`,
      "000.00.06.H56-260213",
      "WIFI:S:hall;T:WPA;P:secret;;",
    ]) {
      expect(codeFromQrText(text), text).toEqual({ ok: false });
    }
  });
});
