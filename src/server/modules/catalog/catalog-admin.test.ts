import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProcedureVersionDetail, PublicProcedure } from "../../../contracts/catalog.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { getProcedureVersion } from "./get-procedure-version.ts";

let t: TestApp;
const cookie: Record<string, string> = {};
const agency: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const user of ["admin", "kstthc", "vanhanh", "tuphap.chuyenvien", "tuphap.giamdoc"]) {
    cookie[user] = await signInAs(t.app, user);
  }
  for (const a of await t.database.db.selectFrom("agency").select(["id", "code"]).execute())
    agency[a.code] = a.id;
});
afterAll(() => t.close());

const SO_TU_PHAP = "000.00.06.H56";
const HAC_THANH = "000.00.51.H56";

function draft(overrides: Record<string, unknown> = {}) {
  return {
    name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    field: { code: "BTP-CHUNGTHUC", name: "Chứng thực" },
    levels: ["department"],
    applicantTypes: ["individual"],
    serviceLevel: "full_online",
    processingTime: { amount: 0, unit: "working_days" },
    sameDayCutoff: "15:00",
    fees: [{ kind: "fee", name: "Phí cấp bản sao", amount: 5_000, condition: "đồng/bản" }],
    components: [
      {
        name: "Tờ khai đề nghị cấp bản sao",
        required: true,
        originals: 1,
        certifiedCopies: 0,
        photocopies: 0,
        template: { fileName: "to-khai.docx", url: "/templates/to-khai.docx" },
      },
    ],
    steps: ["Nộp hồ sơ", "Nhận kết quả"],
    requirements: [],
    legalBasis: [
      { number: "23/2015/NĐ-CP", title: "Nghị định về cấp bản sao từ sổ gốc", issuedOn: "2015-02-16" },
    ],
    resultName: "Bản sao văn bằng, chứng chỉ",
    digitalSignatureRequired: false,
    electronicResult: true,
    agencyIds: [agency[SO_TU_PHAP]],
    ...overrides,
  };
}

const send = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: cookie[who] ?? "" } : {},
    ...(payload ? { payload } : {}),
  });

async function rowCounts() {
  const count = async (table: "procedure" | "procedure_version" | "procedure_version_agency") =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.database.db))
        .rows[0]?.n,
    );
  return {
    procedures: await count("procedure"),
    versions: await count("procedure_version"),
    agencies: await count("procedure_version_agency"),
  };
}

describe("versioning (PRC-1: a dossier keeps the version it started with)", () => {
  it("CFG-1: a new procedure is a draft until published; then the public sees it", async () => {
    const created = await send("POST", "/api/admin/catalog/procedures", "kstthc", {
      code: "2.000001",
      ...draft(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const v1: ProcedureVersionDetail = created.json();
    expect(v1).toMatchObject({ version: 1, status: "draft", publishedAt: null, createdBy: "Lê Thị Kiểm" });
    expect((await send("GET", "/api/catalog/procedures/2.000001")).statusCode).toBe(404);

    const published = await send(
      "POST",
      `/api/admin/catalog/procedures/${v1.procedureId}/versions/1/publish`,
      "kstthc",
    );
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "published" });
    const page: PublicProcedure = (await send("GET", "/api/catalog/procedures/2.000001")).json();
    expect(page).toMatchObject({ code: "2.000001", version: 1, fees: [{ amount: 5_000 }] });
    expect(page.components[0]?.template).toEqual({
      fileName: "to-khai.docx",
      url: "/templates/to-khai.docx",
    });
  });

  it("PRC-1: after v2 is published, v1 stays retrievable and unchanged; the public sees v2", async () => {
    const { json } = await send("GET", "/api/catalog/procedures/2.000001");
    const procedureId = (json() as PublicProcedure).id;
    const v1Before = await getProcedureVersion(t.database.db, procedureId, 1);
    expect(v1Before?.status).toBe("published");

    const v2 = await send("POST", `/api/admin/catalog/procedures/${procedureId}/versions`, "kstthc", {
      ...draft({ fees: [{ kind: "fee", name: "Phí cấp bản sao", amount: 6_000, condition: "đồng/bản" }] }),
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, status: "draft" });
    // The draft is not public yet.
    expect((await send("GET", "/api/catalog/procedures/2.000001")).json()).toMatchObject({ version: 1 });

    const publish = await send(
      "POST",
      `/api/admin/catalog/procedures/${procedureId}/versions/2/publish`,
      "admin",
    );
    expect(publish.statusCode, publish.body).toBe(200);
    expect((await send("GET", "/api/catalog/procedures/2.000001")).json()).toMatchObject({
      version: 2,
      fees: [{ amount: 6_000 }],
    });

    const v1After = await getProcedureVersion(t.database.db, procedureId, 1);
    const { status, retiredAt, ...v1Content } = v1After ?? ({} as ProcedureVersionDetail);
    expect(status).toBe("retired");
    expect(retiredAt).not.toBeNull();
    const { status: _s, retiredAt: _r, ...v1ContentBefore } = v1Before ?? ({} as ProcedureVersionDetail);
    expect(v1Content).toEqual(v1ContentBefore);
    expect(v1After?.fees[0]?.amount).toBe(5_000);

    const list = await send("GET", `/api/admin/catalog/procedures/${procedureId}/versions`, "vanhanh");
    expect(list.json()).toMatchObject({
      publishedVersion: 2,
      versions: [
        { version: 2, status: "published" },
        { version: 1, status: "retired" },
      ],
    });
    const v1ByRoute = await send("GET", `/api/admin/catalog/procedures/${procedureId}/versions/1`, "vanhanh");
    expect(v1ByRoute.json()).toEqual(v1After);
  });

  it("getProcedureVersion: undefined for an unknown procedure or version", async () => {
    const { id } = (await send("GET", "/api/catalog/procedures/2.000001")).json() as PublicProcedure;
    expect(await getProcedureVersion(t.database.db, id, 99)).toBeUndefined();
    expect(
      await getProcedureVersion(t.database.db, "6f1d2c3b-0000-4000-8000-000000000000", 1),
    ).toBeUndefined();
    expect(await getProcedureVersion(t.database.db, "not-a-uuid", 1)).toBeUndefined();
  });

  it("drafts: one at a time, editable, discardable; published versions are not", async () => {
    const { id } = (await send("GET", "/api/catalog/procedures/2.000001")).json() as PublicProcedure;
    const base = `/api/admin/catalog/procedures/${id}/versions`;
    expect((await send("POST", base, "kstthc", draft())).json()).toMatchObject({
      version: 3,
      status: "draft",
    });
    const second = await send("POST", base, "kstthc", draft());
    expect([second.statusCode, second.json().code]).toEqual([409, "DRAFT_EXISTS"]);

    const edited = await send("PUT", `${base}/3`, "kstthc", draft({ name: "Cấp bản sao từ sổ gốc (sửa)" }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().name).toBe("Cấp bản sao từ sổ gốc (sửa)");

    const editPublished = await send("PUT", `${base}/2`, "kstthc", draft());
    expect([editPublished.statusCode, editPublished.json().code]).toEqual([409, "VERSION_NOT_DRAFT"]);
    const discardPublished = await send("DELETE", `${base}/2`, "kstthc");
    expect([discardPublished.statusCode, discardPublished.json().code]).toEqual([409, "VERSION_NOT_DRAFT"]);
    const republish = await send("POST", `${base}/1/publish`, "kstthc");
    expect([republish.statusCode, republish.json().code]).toEqual([409, "VERSION_NOT_DRAFT"]);

    expect((await send("DELETE", `${base}/3`, "kstthc")).statusCode).toBe(204);
    expect((await send("GET", `${base}/3`, "kstthc")).statusCode).toBe(404);
  });

  it("PRC-1: the database itself refuses to change or delete a published version", async () => {
    const { id } = (await send("GET", "/api/catalog/procedures/2.000001")).json() as PublicProcedure;
    await expect(
      sql`UPDATE procedure_version SET name = 'khác' WHERE procedure_id = ${id} AND version = 1`.execute(
        t.database.db,
      ),
    ).rejects.toThrow(/cannot change/);
    await expect(
      sql`DELETE FROM procedure_version WHERE procedure_id = ${id} AND version = 2`.execute(t.database.db),
    ).rejects.toThrow(/cannot be deleted/);
    await expect(
      sql`DELETE FROM procedure_version_agency
           WHERE version_id = (SELECT v.id FROM procedure_version v WHERE v.procedure_id = ${id} AND v.version = 2)`.execute(
        t.database.db,
      ),
    ).rejects.toThrow(/cannot change/);
  });

  it("unpublishing retires the published version; a new version brings the procedure back", async () => {
    const { id } = (await send("GET", "/api/catalog/procedures/2.000001")).json() as PublicProcedure;
    const unpublished = await send("POST", `/api/admin/catalog/procedures/${id}/unpublish`, "kstthc");
    expect(unpublished.json()).toEqual({ procedureId: id, code: "2.000001", retiredVersion: 2 });
    const again = await send("POST", `/api/admin/catalog/procedures/${id}/unpublish`, "kstthc");
    expect([again.statusCode, again.json().code]).toEqual([409, "PROCEDURE_NOT_PUBLISHED"]);
    expect((await send("GET", "/api/catalog/procedures/2.000001")).statusCode).toBe(404);

    expect(
      (await send("POST", `/api/admin/catalog/procedures/${id}/versions`, "kstthc", draft())).statusCode,
    ).toBe(201);
    expect(
      (await send("POST", `/api/admin/catalog/procedures/${id}/versions/4/publish`, "kstthc")).statusCode,
    ).toBe(200);
    expect((await send("GET", "/api/catalog/procedures/2.000001")).json()).toMatchObject({ version: 4 });
  });

  it("lists every procedure for administrators, published or not, with drafts", async () => {
    const created = await send("POST", "/api/admin/catalog/procedures", "kstthc", {
      code: "2.000002",
      ...draft({ name: "Thủ tục thử chưa công bố" }),
    });
    expect(created.statusCode).toBe(201);
    const drafts = await send("GET", "/api/admin/catalog/procedures?status=draft", "vanhanh");
    expect(drafts.json().items).toEqual([
      expect.objectContaining({
        code: "2.000002",
        publishedVersion: null,
        draftVersion: 1,
        latestVersion: 1,
      }),
    ]);
    const byName = await send("GET", "/api/admin/catalog/procedures?q=chua%20cong%20bo", "kstthc");
    expect(byName.json().items.map((i: { code: string }) => i.code)).toEqual(["2.000002"]);
    const all = await send("GET", "/api/admin/catalog/procedures?pageSize=100", "kstthc");
    expect(all.json().total).toBeGreaterThanOrEqual(42);
  });
});

describe("text at the boundary (house rule 5)", () => {
  it("stores NFC text even when it arrives decomposed, trimmed", async () => {
    const name = "  Đăng ký thử nghiệm văn bản tổ hợp  ".normalize("NFD");
    const created = await send("POST", "/api/admin/catalog/procedures", "kstthc", {
      code: "2.000003",
      ...draft({ name }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const stored = await t.database.db
      .selectFrom("procedure_version")
      .select("name")
      .where("procedure_id", "=", created.json().procedureId)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe("Đăng ký thử nghiệm văn bản tổ hợp");
    expect(stored.name).toBe(stored.name.normalize("NFC"));
  });
});

describe("bad input changes nothing", () => {
  const create = (body: object) => send("POST", "/api/admin/catalog/procedures", "kstthc", body);

  it("contract violations are 400 with the field paths", async () => {
    const before = await rowCounts();
    const { name: _name, ...withoutName } = draft();
    const cases: [string, object, string][] = [
      ["missing name", { code: "2.000010", ...withoutName }, "name"],
      ["unknown field", { code: "2.000010", ...draft(), colour: "đỏ" }, ""],
      ["bad code", { ...draft(), code: "TP-001" }, "code"],
      [
        "negative fee",
        { code: "2.000010", ...draft({ fees: [{ kind: "fee", name: "Phí", amount: -1, condition: "" }] }) },
        "fees.0.amount",
      ],
      [
        "fractional đồng",
        {
          code: "2.000010",
          ...draft({ fees: [{ kind: "charge", name: "Lệ phí", amount: 1500.5, condition: "" }] }),
        },
        "fees.0.amount",
      ],
      [
        "CAL-5 fractional calendar days",
        {
          code: "2.000010",
          ...draft({ processingTime: { amount: 1.5, unit: "calendar_days" }, sameDayCutoff: null }),
        },
        "processingTime.amount",
      ],
      [
        "CAL-5 unknown unit",
        { code: "2.000010", ...draft({ processingTime: { amount: 3, unit: "weeks" } }) },
        "processingTime.unit",
      ],
      [
        "CAL-5 negative duration",
        {
          code: "2.000010",
          ...draft({ processingTime: { amount: -3, unit: "working_days" }, sameDayCutoff: null }),
        },
        "processingTime.amount",
      ],
      [
        "CAL-8 cut-off with working hours",
        { code: "2.000010", ...draft({ processingTime: { amount: 8, unit: "working_hours" } }) },
        "sameDayCutoff",
      ],
      ["bad cut-off", { code: "2.000010", ...draft({ sameDayCutoff: "25:00" }) }, "sameDayCutoff"],
      ["no agency", { code: "2.000010", ...draft({ agencyIds: [] }) }, "agencyIds"],
      [
        "duplicate agency",
        { code: "2.000010", ...draft({ agencyIds: [agency[SO_TU_PHAP], agency[SO_TU_PHAP]] }) },
        "agencyIds.1",
      ],
      [
        "bad template url",
        {
          code: "2.000010",
          ...draft({
            components: [{ ...draft().components[0], template: { fileName: "a", url: "javascript:x" } }],
          }),
        },
        "components.0.template.url",
      ],
      [
        "protocol-relative template url",
        {
          code: "2.000010",
          ...draft({
            components: [
              { ...draft().components[0], template: { fileName: "a", url: "//evil.example/to-khai.docx" } },
            ],
          }),
        },
        "components.0.template.url",
      ],
    ];
    for (const [label, body, path] of cases) {
      const response = await create(body);
      expect([response.statusCode, response.json().code], label).toEqual([400, "VALIDATION_FAILED"]);
      if (path)
        expect(
          response.json().errors.map((e: { path: string }) => e.path),
          label,
        ).toContain(path);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("unknown agencies and agencies of the wrong level are 422 with the field path", async () => {
    const before = await rowCounts();
    const unknown = await create({
      code: "2.000011",
      ...draft({ agencyIds: ["6f1d2c3b-0000-4000-8000-000000000000"] }),
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, "PROCEDURE_INVALID"]);
    expect(unknown.json().errors).toEqual([
      { path: "agencyIds.0", message: expect.stringContaining("không có cơ quan") },
    ]);
    const wrongLevel = await create({
      code: "2.000011",
      ...draft({ agencyIds: [agency[SO_TU_PHAP], agency[HAC_THANH]] }),
    });
    expect([wrongLevel.statusCode, wrongLevel.json().errors[0].path]).toEqual([422, "agencyIds.1"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("a code already in the catalog is 409", async () => {
    const before = await rowCounts();
    const duplicate = await create({ code: "1.001193", ...draft() });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, "PROCEDURE_CODE_TAKEN"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("unknown procedures and versions are 404", async () => {
    const missing = "6f1d2c3b-0000-4000-8000-000000000000";
    for (const [method, url] of [
      ["GET", `/api/admin/catalog/procedures/${missing}/versions`],
      ["POST", `/api/admin/catalog/procedures/${missing}/unpublish`],
      ["POST", `/api/admin/catalog/procedures/${missing}/versions/1/publish`],
    ] as const) {
      const response = await send(method, url, "kstthc");
      expect([response.statusCode, response.json().code], url).toEqual([404, "PROCEDURE_NOT_FOUND"]);
    }
  });
});

describe("ACC-4 / house rule 7: who may read and change the catalog", () => {
  const routes = async () => {
    const { id } = (await send("GET", "/api/catalog/procedures/1.001193")).json() as PublicProcedure;
    return {
      reads: [
        ["GET", "/api/admin/catalog/procedures"],
        ["GET", `/api/admin/catalog/procedures/${id}/versions`],
        ["GET", `/api/admin/catalog/procedures/${id}/versions/1`],
        ["GET", "/api/admin/catalog/export"],
      ] as const,
      writes: [
        ["POST", "/api/admin/catalog/procedures", { code: "2.000020", ...draft() }],
        [
          "POST",
          `/api/admin/catalog/procedures/${id}/versions`,
          draft({ levels: ["commune"], agencyIds: [agency[HAC_THANH]] }),
        ],
        ["POST", "/api/admin/catalog/import", { format: "motcua.catalog", formatVersion: 1, procedures: [] }],
        ["POST", `/api/admin/catalog/procedures/${id}/unpublish`, undefined],
      ] as const,
    };
  };

  it("anonymous: 401 on every administration route, even with a bad body", async () => {
    const { reads, writes } = await routes();
    for (const [method, url] of reads) expect((await send(method, url)).statusCode, url).toBe(401);
    for (const [method, url] of writes)
      expect((await send(method, url, undefined, { junk: true })).statusCode, url).toBe(401);
  });

  it("a specialist or an agency leader: 403; the operator reads (200) but may not write (403)", async () => {
    const { reads, writes } = await routes();
    for (const who of ["tuphap.chuyenvien", "tuphap.giamdoc"]) {
      for (const [method, url] of reads)
        expect((await send(method, url, who)).statusCode, `${who} ${url}`).toBe(403);
    }
    for (const [method, url] of reads) expect((await send(method, url, "vanhanh")).statusCode, url).toBe(200);
    for (const [method, url, body] of writes) {
      expect((await send(method, url, "vanhanh", body)).statusCode, url).toBe(403);
      expect((await send(method, url, "tuphap.giamdoc", body)).statusCode, url).toBe(403);
    }
  });

  it("the procedure-control office and the administrator may write", async () => {
    const { writes } = await routes();
    const [create, newVersion, importing, unpublish] = writes;
    expect((await send(create[0], create[1], "kstthc", create[2])).statusCode).toBe(201);
    expect((await send(newVersion[0], newVersion[1], "admin", newVersion[2])).statusCode).toBe(201);
    expect((await send(importing[0], importing[1], "admin", importing[2])).statusCode).toBe(200);
    expect((await send(unpublish[0], unpublish[1], "kstthc")).statusCode).toBe(200);
  });

  it("SEC-2: a catalog change is in the audit trail with who made it", async () => {
    const entries = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_name", "outcome"])
      .where("action", "=", "POST /api/admin/catalog/procedures")
      .execute();
    expect(entries).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor_name: "Lê Thị Kiểm", outcome: "success" })]),
    );
  });
});
