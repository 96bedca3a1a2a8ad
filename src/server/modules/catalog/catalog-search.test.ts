import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogSearchResult, FieldList, PublicProcedure } from "../../../contracts/catalog.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let kstthc: string;
const agency: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  kstthc = await signInAs(t.app, "kstthc");
  for (const a of await t.database.db.selectFrom("agency").select(["id", "code"]).execute())
    agency[a.code] = a.id;
});
afterAll(() => t.close());

const SO_TU_PHAP = "000.00.06.H56";
const SO_NN_MT = "000.00.09.H56";
const HAC_THANH = "000.00.51.H56";

async function search(query: Record<string, string | number> = {}): Promise<CatalogSearchResult> {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const response = await t.app.inject({ url: `/api/catalog/procedures?${params}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const codes = (result: CatalogSearchResult) => result.items.map((i) => i.code);

describe("LKP-2: keyword search, diacritics-insensitive", () => {
  it('LKP-2: "cap giay phep xay dung" finds "Cấp giấy phép xây dựng…" first', async () => {
    const result = await search({ q: "cap giay phep xay dung" });
    expect(result.approximate).toBe(false);
    expect(result.items[0]?.name).toMatch(/^Cấp giấy phép xây dựng/);
    expect(codes(result)).toEqual(expect.arrayContaining(["1.013225", "1.013229"]));
    expect(result.total).toBe(result.items.length);
  });

  it("LKP-2: accents, case and decomposed (NFD) input make no difference; đ matches d", async () => {
    const plain = await search({ q: "dang ky ket hon" });
    const accented = await search({ q: "ĐĂNG KÝ KẾT HÔN" });
    const decomposed = await search({ q: "Đăng ký kết hôn".normalize("NFD") });
    expect(codes(plain)[0]).toBe("1.000894");
    expect(codes(accented)).toEqual(codes(plain));
    expect(codes(decomposed)).toEqual(codes(plain));
  });

  it("LKP-2: the exact name ranks before longer names that contain it", async () => {
    const result = await search({ q: "dang ky khai sinh" });
    expect(codes(result)[0]).toBe("1.001193");
    expect(codes(result)).toContain("1.000689");
  });

  it("LKP-2: words match the beginning of words, in any order", async () => {
    expect(codes(await search({ q: "khai sinh đăng ký" }))).toContain("1.001193");
    const signatures = codes(await search({ q: "chung thuc chu ky" }));
    expect(signatures.slice(0, 2).sort()).toEqual(["2.000884", "2.001008"]);
  });

  it("LKP-2: a national code, or its beginning, finds the procedure by code", async () => {
    expect(codes(await search({ q: "1.001193" }))).toEqual(["1.001193"]);
    expect(codes(await search({ q: "1.01322" }))).toEqual(["1.013225", "1.013227", "1.013228", "1.013229"]);
  });

  it("LKP-2: a typo still finds the procedure, flagged as approximate", async () => {
    const result = await search({ q: "giay phep xay dugn" });
    expect(result.approximate).toBe(true);
    expect(codes(result)).toContain("1.013225");
  });

  it("LKP-2: a misspelt word is replaced by the closest words of the catalog, ranked by what was typed", async () => {
    const result = await search({ q: "chung thuk ban sao" });
    expect(result.approximate).toBe(true);
    expect(codes(result)[0]).toBe("2.000815");
    const unknownWordDropped = await search({ q: "dang ky khai sinh xyzzq" });
    expect(unknownWordDropped.approximate).toBe(true);
    expect(codes(unknownWordDropped)[0]).toBe("1.001193");
  });

  it("LKP-2: nothing at all matches nonsense", async () => {
    const result = await search({ q: "qwzx qwzx" });
    expect(result.total).toBe(0);
    expect(result.items).toEqual([]);
  });
});

describe("LKP-2: filters", () => {
  it("LKP-2: by agency, field, service level, applicant type and level", async () => {
    const byAgency = await search({ agencyId: agency[SO_TU_PHAP] ?? "", pageSize: 100 });
    expect(byAgency.total).toBeGreaterThan(0);
    for (const item of byAgency.items) expect(item.agencies.map((a) => a.code)).toContain(SO_TU_PHAP);

    const byField = await search({ field: "BTP-CHUNGTHUC", pageSize: 100 });
    expect(byField.items.every((i) => i.field.code === "BTP-CHUNGTHUC")).toBe(true);
    expect(codes(byField)).toEqual(expect.arrayContaining(["2.000815", "2.000884"]));

    const infoOnly = await search({ serviceLevel: "information_only", pageSize: 100 });
    expect(infoOnly.total).toBeGreaterThan(0);
    expect(infoOnly.items.every((i) => i.serviceLevel === "information_only")).toBe(true);

    const organizations = await search({ applicantType: "organization", pageSize: 100 });
    expect(organizations.items.every((i) => i.applicantTypes.includes("organization"))).toBe(true);

    const department = await search({ level: "department", pageSize: 100 });
    expect(department.items.every((i) => i.levels.includes("department"))).toBe(true);

    const combined = await search({
      q: "giay phep",
      level: "commune",
      applicantType: "individual",
      pageSize: 100,
    });
    expect(combined.total).toBeGreaterThan(0);
    for (const item of combined.items) {
      expect(item.levels).toContain("commune");
      expect(item.applicantTypes).toContain("individual");
    }
  });

  it("LKP-2: an agency offers what its units offer (Văn phòng Đăng ký đất đai under the Sở)", async () => {
    const result = await search({ agencyId: agency[SO_NN_MT] ?? "", pageSize: 100 });
    expect(codes(result)).toContain("1.012788");
  });

  it("pages through the results without repeating any", async () => {
    const all = await search({ level: "commune", pageSize: 100 });
    const first = await search({ level: "commune", pageSize: 7, page: 1 });
    const second = await search({ level: "commune", pageSize: 7, page: 2 });
    expect(first.total).toBe(all.total);
    expect([...codes(first), ...codes(second)]).toEqual(codes(all).slice(0, 14));
  });
});

describe("LKP-2: facets", () => {
  it("LKP-2: facet counts add up to the total of the current search", async () => {
    const result = await search({ q: "dang ky" });
    const sum = (list: { count: number }[]) => list.reduce((s, f) => s + f.count, 0);
    expect(sum(result.facets.fields)).toBe(result.total);
    expect(sum(result.facets.serviceLevels)).toBe(result.total);
    expect(result.facets.fields.find((f) => f.code === "BTP-HOTICH")?.name).toBe("Hộ tịch");
  });

  it("LKP-2: each facet applies the other filters, so its counts are what choosing it would give", async () => {
    const base = { q: "giay", serviceLevel: "full_online" };
    const result = await search({ ...base, field: "BTC-HKD" });
    expect(result.facets.fields.length).toBeGreaterThan(1);
    for (const field of result.facets.fields) {
      expect((await search({ ...base, field: field.code })).total, field.code).toBe(field.count);
    }
    for (const level of result.facets.serviceLevels) {
      const chosen = await search({ q: "giay", field: "BTC-HKD", serviceLevel: level.value });
      expect(chosen.total, level.value).toBe(level.count);
    }
    const hacThanh = result.facets.agencies.find((a) => a.code === HAC_THANH);
    expect(hacThanh?.count).toBe(result.total);
  });

  it("LKP-2: the field list counts every published procedure once", async () => {
    const fields: FieldList = (await t.app.inject({ url: "/api/catalog/fields" })).json();
    const all = await search();
    expect(fields.fields.reduce((s, f) => s + f.count, 0)).toBe(all.total);
    expect(fields.fields.map((f) => f.name)).toContain("Chứng thực");
  });
});

describe("the procedure page", () => {
  it("LKP-2: shows the published version in full, by code or by id, with where to go", async () => {
    const byCode = await t.app.inject({ url: "/api/catalog/procedures/2.000884" });
    expect(byCode.statusCode, byCode.body).toBe(200);
    const procedure: PublicProcedure = byCode.json();
    expect(procedure).toMatchObject({
      code: "2.000884",
      version: 1,
      serviceLevel: "partial_online",
      processingTime: { amount: 0, unit: "working_days" },
      sameDayCutoff: "15:00",
      supplementLimitDays: 3,
      fees: [{ kind: "fee", amount: 10_000 }],
    });
    const hacThanh = procedure.agencies.find((a) => a.code === HAC_THANH);
    expect(hacThanh?.address).toContain("Trần Phú");
    expect(hacThanh?.dutyOfficerPhone).toBeTruthy();
    const byId = await t.app.inject({ url: `/api/catalog/procedures/${procedure.id}` });
    expect(byId.json()).toEqual(procedure);
  });

  it("answers 404 for an unknown procedure", async () => {
    const response = await t.app.inject({ url: "/api/catalog/procedures/9.999999" });
    expect([response.statusCode, response.json().code]).toEqual([404, "PROCEDURE_NOT_FOUND"]);
  });

  it("LKP-2: an unpublished procedure disappears from search and from its page", async () => {
    const before: PublicProcedure = (await t.app.inject({ url: "/api/catalog/procedures/1.000593" })).json();
    const unpublished = await t.app.inject({
      method: "POST",
      url: `/api/admin/catalog/procedures/${before.id}/unpublish`,
      headers: { cookie: kstthc },
    });
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect((await t.app.inject({ url: "/api/catalog/procedures/1.000593" })).statusCode).toBe(404);
    expect(codes(await search({ q: "ket hon luu dong" }))).not.toContain("1.000593");
  });
});

describe("bad queries", () => {
  it("are refused with 400 problems", async () => {
    for (const query of [
      "serviceLevel=online",
      "pageSize=1000",
      "agencyId=not-a-uuid",
      "page=0",
      "level=village",
    ]) {
      const response = await t.app.inject({ url: `/api/catalog/procedures?${query}` });
      expect([response.statusCode, response.json().code], query).toEqual([400, "VALIDATION_FAILED"]);
    }
  });

  it("LIKE wildcards in the keyword are ordinary characters", async () => {
    expect((await search({ q: "%" })).total).toBe((await search()).total);
    expect((await search({ q: "_%_ khai sinh" })).items[0]?.code).toBe("1.001193");
  });
});
