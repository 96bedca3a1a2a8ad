import { describe, expect, it } from "vitest";
import { resolveDateBound } from "./date-bounds.ts";
import { decodeIdNumber, isEmail, normalizePhone, phoneKindOf } from "./vn-identifiers.ts";

describe("Vietnamese identifiers", () => {
  it("a CCCD number encodes sex, century and year of birth in digits 4–6", () => {
    expect(decodeIdNumber("038090001234")).toEqual({
      kind: "cccd",
      digits: "038090001234",
      birthYear: 1990,
      sex: "male",
    });
    expect(decodeIdNumber("001 305 012345")).toMatchObject({ birthYear: 2005, sex: "female" });
    expect(decodeIdNumber("123456789")).toEqual({ kind: "cmnd", digits: "123456789" });
    for (const bad of ["", "03809000123", "0380900012345", "03809000123a"])
      expect(decodeIdNumber(bad)).toBeUndefined();
  });

  it("phone numbers: mobile prefixes since 2018, 11-digit landlines, +84 accepted", () => {
    expect(normalizePhone("+84 912 345 678")).toBe("0912345678");
    expect(normalizePhone("84 237 3852 466")).toBe("02373852466");
    expect(phoneKindOf("0912345678")).toBe("mobile");
    expect(phoneKindOf("0868123456")).toBe("mobile");
    expect(phoneKindOf("02373852466")).toBe("landline");
    for (const bad of ["0112345678", "0312345678", "091234567", "0237385246"])
      expect(phoneKindOf(bad)).toBeUndefined();
  });

  it("e-mail addresses: one @ and a dotted domain", () => {
    expect(isEmail("an.nguyen@thanhhoa.gov.vn")).toBe(true);
    for (const bad of ["an", "an@", "an@gov", "a n@x.vn", "@x.vn"]) expect(isEmail(bad)).toBe(false);
  });

  it("relative date bounds count days, months and years back from the day passed in", () => {
    expect(resolveDateBound("today", "2026-07-09")).toBe("2026-07-09");
    expect(resolveDateBound("today-18y", "2026-07-09")).toBe("2008-07-09");
    expect(resolveDateBound("today-60d", "2026-07-09")).toBe("2026-05-10");
    expect(resolveDateBound("today+1m", "2026-01-31")).toBe("2026-02-28");
    expect(resolveDateBound("today-2y", "2028-02-29")).toBe("2026-02-28");
    expect(resolveDateBound("2026-01-01", "2026-07-09")).toBe("2026-01-01");
    expect(resolveDateBound("tomorrow", "2026-07-09")).toBeUndefined();
  });
});
