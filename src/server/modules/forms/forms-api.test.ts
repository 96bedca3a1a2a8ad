import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressUnits, PublishedForm } from "../../../contracts/forms.ts";
import type { FormDefinitionInput } from "../../../domain/forms/definition.ts";
import { validateSubmission } from "../../../domain/forms/validate-submission.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { getFormVersion } from "./get-form-version.ts";

let t: TestApp;
let kstthc: string;
let operator: string;
let leader: string;
const procedure: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  [kstthc, operator, leader] = await Promise.all([
    signInAs(t.app, "kstthc"),
    signInAs(t.app, "vanhanh"),
    signInAs(t.app, "tuphap.giamdoc"),
  ]);
  for (const p of await t.database.db.selectFrom("procedure").select(["id", "code"]).execute())
    procedure[p.code] = p.id;
});
afterAll(() => t.close());

const BIRTH = () => procedure["1.001193"] as string;
const HOUSEHOLD = () => procedure["1.001612"] as string;
const admin = (procedureId: string, rest = "") =>
  `/api/admin/forms/procedures/${procedureId}/versions${rest}`;

/** A birth registration the demo form accepts. */
function birthData(): Record<string, unknown> {
  return {
    hoTenNguoiYeuCau: "Lê Văn Dũng",
    soDinhDanhNguoiYeuCau: "038090001234",
    noiCuTruNguoiYeuCau: { provinceCode: "38", communeCode: "38001", street: "12 Trần Phú" },
    dienThoaiNguoiYeuCau: "0912 345 678",
    hoTenTre: "Lê Minh An",
    gioiTinh: "nam",
    ngaySinhTre: "2026-07-01",
    danTocTre: "Kinh",
    noiSinhLa: "co_so_y_te",
    tenCoSoYTe: "Bệnh viện Phụ sản Thanh Hóa",
    noiSinh: { provinceCode: "38", communeCode: "38001" },
    hoTenMe: "Nguyễn Thị Hoa",
    ngaySinhMe: "1995-04-02",
    danTocMe: "Kinh",
    quocTichMe: "Việt Nam",
    soDinhDanhMe: "038195004321",
    noiCuTruMe: { provinceCode: "38", communeCode: "38001", street: "12 Trần Phú" },
    khaiCha: false,
    deNghiBanSao: true,
    soBanSao: 2,
    camDoan: true,
  };
}

const validate = (procedureId: string, data: unknown, query = "") =>
  t.app.inject({
    method: "POST",
    url: `/api/forms/procedures/${procedureId}/validate${query}`,
    payload: { data },
  });

describe("the public e-form (CFG-2)", () => {
  it("CFG-2: an online procedure's published e-form is public", async () => {
    const response = await t.app.inject({ url: `/api/forms/procedures/${BIRTH()}` });
    expect(response.statusCode, response.body).toBe(200);
    const form = response.json() as PublishedForm;
    expect(form).toMatchObject({ procedureCode: "1.001193", procedureName: "Đăng ký khai sinh", version: 1 });
    expect(form.definition.title).toBe("Tờ khai đăng ký khai sinh");
    expect(form.definition.sections.map((s) => s.key)).toEqual([
      "nguoiYeuCau",
      "nguoiDuocKhaiSinh",
      "me",
      "cha",
      "banSao",
    ]);
  });

  it("a procedure without a published e-form, or unknown, is 404; a malformed id is 400", async () => {
    const none = await t.app.inject({ url: `/api/forms/procedures/${procedure["1.000656"]}` });
    expect([none.statusCode, none.json().code]).toEqual([404, "FORM_NOT_PUBLISHED"]);
    const unknown = await t.app.inject({ url: "/api/forms/procedures/6f1d2c3b-0000-4000-8000-000000000000" });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, "PROCEDURE_NOT_FOUND"]);
    const malformed = await t.app.inject({ url: "/api/forms/procedures/khai-sinh" });
    expect(malformed.statusCode).toBe(400);
  });

  it("the address lists: 34 provinces, the communes of one province", async () => {
    const all = (await t.app.inject({ url: "/api/forms/address-units" })).json() as AddressUnits;
    expect(all.provinces).toHaveLength(34);
    expect(all.communes).toEqual([]);
    const thanhHoa = (
      await t.app.inject({ url: "/api/forms/address-units?provinceCode=38" })
    ).json() as AddressUnits;
    expect(thanhHoa.communes.map((c) => c.name)).toContain("Phường Hạc Thành");
    expect(thanhHoa.communes.every((c) => c.provinceCode === "38")).toBe(true);
  });
});

describe("checking data on the server (CFG-2, REC-4)", () => {
  it("REC-4: complete data is accepted and cleaned; hidden fields are dropped", async () => {
    const response = await validate(BIRTH(), {
      ...birthData(),
      hoTenCha: "ignored",
      hoTenTre: "  Lê   Minh An ",
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.version).toBe(1);
    expect(body.result.ok).toBe(true);
    expect(body.result.values.hoTenTre).toBe("Lê Minh An");
    expect(body.result.values.dienThoaiNguoiYeuCau).toBe("0912345678");
    expect(body.result.values).not.toHaveProperty("hoTenCha");
  });

  it("CFG-2: the server answers exactly what the same function answers in the browser", async () => {
    const form = (await t.app.inject({ url: `/api/forms/procedures/${BIRTH()}` })).json() as PublishedForm;
    const addresses = (
      await t.app.inject({ url: "/api/forms/address-units?provinceCode=38" })
    ).json() as AddressUnits;
    const cases: unknown[] = [
      birthData(),
      {},
      { ...birthData(), khaiCha: true, soDinhDanhMe: "038196004321", ngaySinhTre: "2999-01-01" },
      { ...birthData(), noiSinh: { provinceCode: "38", communeCode: "99999" }, soBanSao: 0, gioiTinh: "x" },
      { ...birthData(), noiSinhLa: "ngoai_co_so_y_te", tenCoSoYTe: 42, dienThoaiNguoiYeuCau: "12345" },
      "not an object",
    ];
    for (const data of cases) {
      const response = await validate(BIRTH(), data);
      expect(response.statusCode, response.body).toBe(200);
      const { today, result } = response.json();
      expect(result).toEqual(validateSubmission(form.definition, data, { today, addresses }));
    }
    const refused = (await validate(BIRTH(), cases[3])).json().result;
    expect(refused.errors.map((e: { path: string }) => e.path)).toEqual([
      "gioiTinh",
      "noiSinh.communeCode",
      "soBanSao",
    ]);
    expect(refused.errors[2].message).toBe("“Số bản sao” không được nhỏ hơn 1.");
  });

  it("a version can be named (a dossier keeps its version); drafts are not public", async () => {
    expect((await validate(BIRTH(), birthData(), "?version=1")).json().version).toBe(1);
    const missing = await validate(BIRTH(), birthData(), "?version=99");
    expect([missing.statusCode, missing.json().code]).toEqual([404, "FORM_VERSION_NOT_FOUND"]);
  });
});

/** A small valid definition for administration tests. */
const householdV2 = (title: string): FormDefinitionInput => ({
  schemaVersion: 1,
  title,
  sections: [
    {
      key: "hoKinhDoanh",
      title: "Thông tin hộ kinh doanh",
      fields: [
        { key: "tenHoKinhDoanh", type: "text", label: "Tên hộ kinh doanh", required: true },
        {
          key: "vonKinhDoanh",
          type: "number",
          label: "Vốn kinh doanh",
          integer: true,
          min: 0,
          required: true,
        },
      ],
    },
  ],
});

describe("administering e-forms: draft → published, versions kept (CFG-2)", () => {
  it("CFG-2: a bad definition is refused with every problem's path (422) and nothing is saved", async () => {
    const bad = householdV2("Giấy đề nghị");
    const fields = bad.sections[0]?.fields as Record<string, unknown>[];
    fields.push({ key: "vonKinhDoanh", type: "text", label: "Trùng mã" });
    fields.push({
      key: "ghiChu",
      type: "text",
      label: "Ghi chú",
      visibleWhen: { field: "khongCo", notEmpty: true },
    });
    const response = await t.app.inject({
      method: "POST",
      url: admin(HOUSEHOLD()),
      headers: { cookie: kstthc },
      payload: { definition: bad },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json()).toMatchObject({ code: "FORM_DEFINITION_INVALID", rule: "CFG-2" });
    expect(response.json().errors).toEqual([
      { path: "sections[0].fields[2].key", code: "DUPLICATE_KEY", message: expect.any(String) },
      {
        path: "sections[0].fields[3].visibleWhen.field",
        code: "UNKNOWN_FIELD",
        message: 'Không có trường "khongCo" trong biểu mẫu.',
      },
    ]);
    const versions = (await t.app.inject({ url: admin(HOUSEHOLD()), headers: { cookie: kstthc } })).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it("CFG-2: draft, edit (optimistic revision), publish; version 1 stays readable after version 2 is published", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: admin(HOUSEHOLD()),
      headers: { cookie: kstthc },
      payload: { definition: householdV2("Giấy đề nghị đăng ký hộ kinh doanh (mẫu mới)") },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      version: 2,
      status: "draft",
      revision: 1,
      createdBy: "Lê Thị Kiểm",
    });

    const again = await t.app.inject({
      method: "POST",
      url: admin(HOUSEHOLD()),
      headers: { cookie: kstthc },
      payload: { definition: householdV2("x") },
    });
    expect([again.statusCode, again.json().code]).toEqual([409, "FORM_DRAFT_EXISTS"]);

    const edit = (revision: number, title: string) =>
      t.app.inject({
        method: "PUT",
        url: admin(HOUSEHOLD(), "/2"),
        headers: { cookie: kstthc },
        payload: { definition: householdV2(title), revision },
      });
    const edited = await edit(1, "Giấy đề nghị đăng ký hộ kinh doanh");
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().revision).toBe(2);
    const stale = await edit(1, "Lỗi thời");
    expect([stale.statusCode, stale.json().code]).toEqual([409, "FORM_DRAFT_CHANGED"]);

    // Until published, the public still sees version 1.
    expect((await t.app.inject({ url: `/api/forms/procedures/${HOUSEHOLD()}` })).json().version).toBe(1);
    const published = await t.app.inject({
      method: "POST",
      url: admin(HOUSEHOLD(), "/2/publish"),
      headers: { cookie: kstthc },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "published", publishedBy: "Lê Thị Kiểm" });
    const shown = (await t.app.inject({ url: `/api/forms/procedures/${HOUSEHOLD()}` })).json();
    expect([shown.version, shown.definition.title]).toEqual([2, "Giấy đề nghị đăng ký hộ kinh doanh"]);

    const v1 = await getFormVersion(t.database.db, HOUSEHOLD(), 1);
    expect(v1).toMatchObject({
      status: "retired",
      definition: { title: "Giấy đề nghị đăng ký hộ kinh doanh" },
    });
    expect(v1?.definition.sections).toHaveLength(2);
    const list = (await t.app.inject({ url: admin(HOUSEHOLD()), headers: { cookie: operator } })).json();
    expect(list).toMatchObject({ publishedVersion: 2, draftVersion: null });
    expect(list.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "published"],
      [1, "retired"],
    ]);
    // A dossier that started on version 1 is still checked against version 1.
    const old = await validate(HOUSEHOLD(), { tenHoKinhDoanh: "Hộ kinh doanh An Bình" }, "?version=1");
    expect(old.json().result.ok).toBe(false);
    expect((await validate(HOUSEHOLD(), { tenHoKinhDoanh: "A", vonKinhDoanh: 1 })).json().result.ok).toBe(
      true,
    );
  });

  it("published versions never change: the API refuses (409) and so does the database", async () => {
    const put = await t.app.inject({
      method: "PUT",
      url: admin(HOUSEHOLD(), "/2"),
      headers: { cookie: kstthc },
      payload: { definition: householdV2("Sửa bản đã công bố"), revision: 2 },
    });
    expect([put.statusCode, put.json().code]).toEqual([409, "FORM_VERSION_NOT_DRAFT"]);
    const remove = await t.app.inject({
      method: "DELETE",
      url: admin(HOUSEHOLD(), "/1"),
      headers: { cookie: kstthc },
    });
    expect([remove.statusCode, remove.json().code]).toEqual([409, "FORM_VERSION_NOT_DRAFT"]);
    await expect(
      sql`UPDATE form_version SET definition = '{"title":"x"}' WHERE procedure_id = ${HOUSEHOLD()} AND version = 1`.execute(
        t.database.db,
      ),
    ).rejects.toThrow(/cannot change/);
  });

  it("a draft can be discarded", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: admin(BIRTH()),
      headers: { cookie: kstthc },
      payload: { definition: householdV2("Bản nháp bỏ đi") },
    });
    expect(created.statusCode).toBe(201);
    const gone = await t.app.inject({
      method: "DELETE",
      url: admin(BIRTH(), "/2"),
      headers: { cookie: kstthc },
    });
    expect(gone.statusCode).toBe(204);
    const missing = await t.app.inject({ url: admin(BIRTH(), "/2"), headers: { cookie: kstthc } });
    expect([missing.statusCode, missing.json().code]).toEqual([404, "FORM_VERSION_NOT_FOUND"]);
  });

  it("CFG-2: the overview lists the online procedures still without a published e-form", async () => {
    const gaps = (
      await t.app.inject({ url: "/api/admin/forms?missing=true&pageSize=100", headers: { cookie: operator } })
    ).json();
    const codes = gaps.items.map((i: { procedureCode: string }) => i.procedureCode);
    expect(codes).not.toContain("1.001193");
    expect(codes).toContain("1.000656");
    expect(
      gaps.items.every(
        (i: { needsForm: boolean; publishedVersion: number | null }) =>
          i.needsForm && i.publishedVersion === null,
      ),
    ).toBe(true);
    const search = (
      await t.app.inject({ url: "/api/admin/forms?q=khai%20sinh", headers: { cookie: kstthc } })
    ).json();
    expect(search.items.find((i: { procedureCode: string }) => i.procedureCode === "1.001193")).toMatchObject(
      {
        publishedVersion: 1,
      },
    );
  });

  it("authorization: anonymous 401, a role without the permission 403, the operator reads but never writes", async () => {
    const body = { definition: householdV2("x") };
    const anonymous = await t.app.inject({ method: "POST", url: admin(BIRTH()), payload: body });
    expect(anonymous.statusCode).toBe(401);
    const agencyLeader = await t.app.inject({
      method: "POST",
      url: admin(BIRTH()),
      headers: { cookie: leader },
      payload: body,
    });
    expect(agencyLeader.statusCode).toBe(403);
    const operatorWrite = await t.app.inject({
      method: "POST",
      url: admin(BIRTH()),
      headers: { cookie: operator },
      payload: body,
    });
    expect(operatorWrite.statusCode).toBe(403);
    const operatorRead = await t.app.inject({ url: admin(BIRTH(), "/1"), headers: { cookie: operator } });
    expect(operatorRead.statusCode).toBe(200);
  });
});

describe("API documentation", () => {
  it("the OpenAPI document describes the e-form and workflow routes, with the definition schemas", async () => {
    const spec = (await t.app.inject({ url: "/api/docs/json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/forms/procedures/{procedureId}",
        "/api/forms/procedures/{procedureId}/validate",
        "/api/admin/workflows/procedures/{procedureId}/agencies/{agencyId}/versions/{version}/approve",
      ]),
    );
    const published = JSON.stringify(spec.paths["/api/forms/procedures/{procedureId}"]);
    expect(published).toContain("visibleWhen");
    expect(published).toContain("idNumber");
  });
});
