import { describe, expect, it } from "vitest";
import { hasFilters, readFilters, withFilter, writeFilters } from "./catalog-params.ts";

describe("the catalog search in the address (LKP-2)", () => {
  it("reads Vietnamese parameter names and values, ignoring what it does not know", () => {
    const filters = readFilters(
      new URLSearchParams(
        "q=cap+giay+phep&muc=toan-trinh&doituong=to-chuc&cap=xa&linhvuc=BXD-HDXD&trang=3&coquan=khong-phai-uuid&x=1",
      ),
    );
    expect(filters).toEqual({
      q: "cap giay phep",
      serviceLevel: "full_online",
      applicantType: "organization",
      level: "commune",
      field: "BXD-HDXD",
      page: 3,
    });
    expect(readFilters(new URLSearchParams("muc=moi&trang=-2&cap=tinh"))).toEqual({
      page: 1,
      level: "province",
    });
  });

  it("writes back what it read, leaving out page 1 and empty values", () => {
    const search =
      "q=khai+sinh&linhvuc=BTP-HOTICH&coquan=274968c6-7eed-49b9-b205-60f5f4207f19&muc=mot-phan&doituong=ca-nhan&cap=so-nganh&trang=2";
    expect(writeFilters(readFilters(new URLSearchParams(search))).toString()).toBe(search);
    expect(writeFilters({ page: 1 }).toString()).toBe("");
  });

  it("goes back to the first page when what is searched changes", () => {
    const filters = { q: "khai sinh", page: 4 };
    expect(withFilter(filters, "serviceLevel", "full_online")).toEqual({
      q: "khai sinh",
      serviceLevel: "full_online",
      page: 1,
    });
    expect(withFilter({ ...filters, level: "commune" }, "level", undefined)).toEqual({
      q: "khai sinh",
      page: 1,
    });
    expect(hasFilters({ page: 1, q: "x" })).toBe(false);
    expect(hasFilters({ page: 1, field: "A" })).toBe(true);
  });
});
