import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
const id: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t.app, "admin");
  for (const a of await t.database.db.selectFrom("agency").select(["id", "code"]).execute())
    id[a.code] = a.id;
});
afterAll(() => t.close());

const exportTree = async (cookie = admin) =>
  (await t.app.inject({ url: "/api/admin/agencies/export", headers: { cookie } })).json();
const importTree = (payload: object, cookie = admin) =>
  t.app.inject({ method: "POST", url: "/api/admin/agencies/import", headers: { cookie }, payload });
const agencyCount = async () => (await t.database.db.selectFrom("agency").select("id").execute()).length;

describe("CFG-3: the agency tree is data", () => {
  it("export then import gives the same tree (round trip)", async () => {
    const document = await exportTree();
    expect(document.agencies[0]).toMatchObject({ code: "000.00.00.H56", parentCode: null });
    const report = await importTree(document);
    expect(report.json()).toEqual({ added: [], changed: [], unchanged: document.agencies.length });
    expect(await exportTree()).toEqual(document);
  });

  it("import adds new agencies at any depth and changes existing ones, by code", async () => {
    const document = await exportTree();
    document.agencies.push(
      {
        code: "000.00.56.H56",
        parentCode: "000.00.00.H56",
        name: "UBND xã Quảng Xương",
        level: "commune",
        address: "xã Quảng Xương",
        dutyOfficerName: null,
        dutyOfficerPhone: null,
      },
      {
        code: "000.01.56.H56",
        parentCode: "000.00.56.H56",
        name: "Bộ phận một cửa xã Quảng Xương",
        level: "unit",
        address: "",
        dutyOfficerName: null,
        dutyOfficerPhone: null,
      },
    );
    const tuPhap = document.agencies.find((a: { code: string }) => a.code === "000.00.06.H56");
    tuPhap.dutyOfficerName = "Ngô Thị Trực";
    const report = (await importTree(document)).json();
    expect(report).toMatchObject({ added: ["000.00.56.H56", "000.01.56.H56"], changed: ["000.00.06.H56"] });
    const publicList = (await t.app.inject({ url: "/api/public/agencies" })).json().agencies;
    const unit = publicList.find((a: { code: string }) => a.code === "000.01.56.H56");
    const commune = publicList.find((a: { code: string }) => a.code === "000.00.56.H56");
    expect(unit.parentId).toBe(commune.id);
    // LKP-3: the published duty officer follows the change.
    expect(publicList.find((a: { code: string }) => a.code === "000.00.06.H56").dutyOfficerName).toBe(
      "Ngô Thị Trực",
    );
  });

  it("refuses unknown parents, duplicate codes, loops and malformed codes, changing nothing", async () => {
    const before = await agencyCount();
    const entry = (code: string, parentCode: string | null) => ({
      code,
      parentCode,
      name: "Thử",
      level: "unit",
      address: "",
      dutyOfficerName: null,
      dutyOfficerPhone: null,
    });
    const cases: [object, number, string][] = [
      [
        { format: "motcua.agencies/1", agencies: [entry("000.09.09.H56", "000.99.99.H56")] },
        422,
        "AGENCY_IMPORT_INVALID",
      ],
      [
        {
          format: "motcua.agencies/1",
          agencies: [entry("000.09.09.H56", null), entry("000.09.09.H56", null)],
        },
        422,
        "AGENCY_IMPORT_INVALID",
      ],
      [
        { format: "motcua.agencies/1", agencies: [entry("000.00.00.H56", "000.01.06.H56")] },
        422,
        "AGENCY_CYCLE",
      ],
      [{ format: "motcua.agencies/1", agencies: [entry("SO-TU-PHAP", null)] }, 400, "VALIDATION_FAILED"],
      [
        { format: "motcua.agencies/1", agencies: [{ ...entry("000.09.09.H56", null), extra: 1 }] },
        400,
        "VALIDATION_FAILED",
      ],
    ];
    for (const [payload, status, code] of cases) {
      const response = await importTree(payload);
      expect([response.statusCode, response.json().code], JSON.stringify(payload)).toEqual([status, code]);
    }
    expect(await agencyCount()).toBe(before);
  });

  it("adds and edits one agency; refuses a taken code and a move under its own unit", async () => {
    const body = {
      parentId: id["000.00.06.H56"],
      code: "000.03.06.H56",
      name: "Phòng Công chứng",
      level: "unit",
      address: "24 Hạc Thành",
      dutyOfficerName: null,
      dutyOfficerPhone: null,
    };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/admin/agencies",
      headers: { cookie: admin },
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const taken = await t.app.inject({
      method: "POST",
      url: "/api/admin/agencies",
      headers: { cookie: admin },
      payload: { ...body, code: "000.01.06.H56" },
    });
    expect([taken.statusCode, taken.json().code]).toEqual([409, "AGENCY_CODE_TAKEN"]);
    const tuPhap = {
      parentId: id["000.01.06.H56"],
      code: "000.00.06.H56",
      name: "Sở Tư pháp",
      level: "department",
      address: "",
      dutyOfficerName: null,
      dutyOfficerPhone: null,
    };
    const loop = await t.app.inject({
      method: "PUT",
      url: `/api/admin/agencies/${id["000.00.06.H56"]}`,
      headers: { cookie: admin },
      payload: tuPhap,
    });
    expect([loop.statusCode, loop.json().code]).toEqual([422, "AGENCY_CYCLE"]);
  });

  it("only system administrators change the tree; the operator may export it", async () => {
    const operator = await signInAs(t.app, "vanhanh");
    expect(
      (await t.app.inject({ url: "/api/admin/agencies/export", headers: { cookie: operator } })).statusCode,
    ).toBe(200);
    expect((await importTree(await exportTree(), operator)).statusCode).toBe(403);
    const specialist = await signInAs(t.app, "tuphap.chuyenvien");
    expect(
      (await t.app.inject({ url: "/api/admin/agencies/export", headers: { cookie: specialist } })).statusCode,
    ).toBe(403);
  });
});
