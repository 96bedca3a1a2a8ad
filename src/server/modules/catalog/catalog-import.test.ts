import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogFile, ImportReport } from "../../../contracts/catalog.ts";
import { DEMO_PROCEDURES, loadDemoProcedures } from "../../db/seed/demo-procedures.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { exportCatalog } from "./export-catalog.ts";
import { importCatalog } from "./import-catalog.ts";

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t.app, "kstthc");
});
afterAll(() => t.close());

const importFile = (file: object, query = "") =>
  t.app.inject({
    method: "POST",
    url: `/api/admin/catalog/import${query}`,
    headers: { cookie: admin },
    payload: file,
  });
const exportFile = async (): Promise<CatalogFile> =>
  (await t.app.inject({ url: "/api/admin/catalog/export", headers: { cookie: admin } })).json();
const withoutDate = ({ exportedAt: _, ...file }: CatalogFile) => file;

async function rowCounts(db = t.database.db) {
  const { rows } = await sql<{ p: number; v: number; a: number }>`
    SELECT (SELECT count(*)::int FROM procedure) AS p, (SELECT count(*)::int FROM procedure_version) AS v,
           (SELECT count(*)::int FROM procedure_version_agency) AS a`.execute(db);
  return rows[0];
}

describe("demo catalog", () => {
  it("has at least 40 real procedures at commune and department level, loaded once", async () => {
    expect(DEMO_PROCEDURES.length).toBeGreaterThanOrEqual(40);
    const levels = new Set(DEMO_PROCEDURES.flatMap((p) => p.levels));
    expect([...levels].sort()).toEqual(["commune", "department"]);
    expect(new Set(DEMO_PROCEDURES.map((p) => p.code)).size).toBe(DEMO_PROCEDURES.length);
    const file = await exportFile();
    expect(file.procedures.length).toBe(DEMO_PROCEDURES.length);
    expect(await loadDemoProcedures(t.database.db)).toBe(0);
  });
});

describe("CFG-1: export and import", () => {
  it("CFG-1: exporting then importing the same file changes nothing", async () => {
    const before = await rowCounts();
    const response = await importFile(await exportFile());
    expect(response.statusCode, response.body).toBe(200);
    const report: ImportReport = response.json();
    expect(report).toMatchObject({ applied: true, added: [], changed: [], rejected: [] });
    expect(report.unchanged.length).toBe(DEMO_PROCEDURES.length);
    expect(await rowCounts()).toEqual(before);
  });

  it("CFG-1: export → import into an empty catalog → export gives the same catalog", async () => {
    const original = await exportFile();
    const empty: TestDatabase = await createTestDatabase();
    try {
      // The cascade reaches the append-only dossier history, whose triggers refuse TRUNCATE; the
      // test database is thrown away, so they are switched off (as its superuser) for this one statement.
      await empty.ownerDb.connection().execute(async (connection) => {
        await sql`SET session_replication_role = replica`.execute(connection);
        await sql`TRUNCATE procedure_version_agency, procedure_version, procedure CASCADE`.execute(
          connection,
        );
        await sql`SET session_replication_role = origin`.execute(connection);
      });
      const report = await importCatalog(empty.db, original, { officerId: null });
      expect(report.applied).toBe(true);
      expect(report.added.length).toBe(original.procedures.length);
      expect(withoutDate(await exportCatalog(empty.db))).toEqual(withoutDate(original));
    } finally {
      await empty.drop();
    }
  });

  it("CFG-1: a changed record becomes a new published version; the old one is retired, not lost", async () => {
    const file = await exportFile();
    const record = file.procedures.find((p) => p.code === "1.004873");
    if (!record) throw new Error("demo procedure missing");
    const changed = {
      ...record,
      fees: [{ ...record.fees[0], amount: 12_000 }],
      agencyCodes: [...record.agencyCodes].reverse(),
    };
    const response = await importFile({ format: "motcua.catalog", formatVersion: 1, procedures: [changed] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      applied: true,
      changed: [{ code: "1.004873", version: 2, previousVersion: 1 }],
    });
    const page = (await t.app.inject({ url: "/api/catalog/procedures/1.004873" })).json();
    expect(page).toMatchObject({ version: 2, fees: [{ amount: 12_000 }] });
    const versions = await t.database.db
      .selectFrom("procedure_version as v")
      .innerJoin("procedure as p", "p.id", "v.procedure_id")
      .select(["v.version", "v.status", "v.fees"])
      .where("p.code", "=", "1.004873")
      .orderBy("v.version")
      .execute();
    expect(versions.map((v) => [v.version, v.status, v.fees[0]?.amount])).toEqual([
      [1, "retired", 10_000],
      [2, "published", 12_000],
    ]);
  });

  it("CFG-1: new codes are added and published", async () => {
    const file = await exportFile();
    const base = file.procedures.find((p) => p.code === "2.000815");
    const response = await importFile({
      format: "motcua.catalog",
      formatVersion: 1,
      procedures: [{ ...base, code: "2.999001", name: "Chứng thực bản sao điện tử từ bản chính" }],
    });
    expect(response.json()).toMatchObject({ applied: true, added: [{ code: "2.999001", version: 1 }] });
    expect(
      (await t.app.inject({ url: "/api/catalog/procedures?q=ban%20sao%20dien%20tu" })).json().items[0],
    ).toMatchObject({
      code: "2.999001",
    });
  });

  it("CFG-1: an import with any error changes nothing and reports every problem with its JSON path", async () => {
    const file = await exportFile();
    const [first, second, third, fourth] = file.procedures;
    const before = await rowCounts();
    const bad = {
      format: "motcua.catalog",
      formatVersion: 1,
      procedures: [
        { ...first, code: "2.999101", name: "Thủ tục mới hợp lệ" },
        { ...second, fees: [{ kind: "fee", name: "Phí", amount: -500, condition: "" }] },
        { ...third, agencyCodes: ["000.00.99.H56"] },
        { ...fourth, colour: "đỏ", processingTime: { amount: 2.5, unit: "calendar_days" } },
        { ...first, code: "2.999101" },
        "không phải một thủ tục",
      ],
    };
    const response = await importFile(bad);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ code: "CATALOG_IMPORT_REJECTED", rule: "CFG-1" });
    const report: ImportReport = body.report;
    expect(report.applied).toBe(false);
    expect(report.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    const paths = report.rejected.flatMap((r) => r.errors.map((e) => e.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        "procedures[1].fees[0].amount",
        "procedures[2].agencyCodes[0]",
        "procedures[3].colour",
        "procedures[3].processingTime.amount",
        "procedures[4].code",
        "procedures[5]",
      ]),
    );
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(paths);
    expect(report.rejected[0]?.errors[0]?.message).toMatch(/âm/);
    expect(await rowCounts()).toEqual(before);
    expect((await t.app.inject({ url: "/api/catalog/procedures/2.999101" })).statusCode).toBe(404);
  });

  it("CFG-1: a form template linked protocol-relative (//host) is refused with the path of the link", async () => {
    const file = await exportFile();
    const [first] = file.procedures;
    if (!first) throw new Error("no procedure");
    const component = {
      name: "Tờ khai",
      required: true,
      originals: 1,
      certifiedCopies: 0,
      photocopies: 0,
      template: { fileName: "to-khai.docx", url: "//evil.example/to-khai.docx" },
    };
    const before = await rowCounts();
    const response = await importFile({ ...file, procedures: [{ ...first, components: [component] }] });
    expect(response.statusCode, response.body).toBe(422);
    const report: ImportReport = response.json().report;
    const error = report.rejected[0]?.errors.find(
      (e) => e.path === "procedures[0].components[0].template.url",
    );
    expect(error?.message).toMatch(/https:\/\/.*một dấu \//);
    expect(await rowCounts()).toEqual(before);
  });

  it("CFG-1: dryRun reports what would change and changes nothing", async () => {
    const file = await exportFile();
    const before = await rowCounts();
    const [first] = file.procedures;
    const response = await importFile(
      { ...file, procedures: [...file.procedures, { ...first, code: "2.999201" }] },
      "?dryRun=true",
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      applied: false,
      dryRun: true,
      added: [{ code: "2.999201", version: 1 }],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("CFG-1: a procedure with an unpublished draft is not overwritten by an import", async () => {
    const file = await exportFile();
    const record = file.procedures.find((p) => p.code === "1.001193");
    if (!record) throw new Error("demo procedure missing");
    const { id } = (await t.app.inject({ url: "/api/catalog/procedures/1.001193" })).json();
    const { code: _code, agencyCodes, ...content } = record;
    const agencies = await t.database.db
      .selectFrom("agency")
      .select("id")
      .where("code", "in", agencyCodes)
      .execute();
    const draft = await t.app.inject({
      method: "POST",
      url: `/api/admin/catalog/procedures/${id}/versions`,
      headers: { cookie: admin },
      payload: { ...content, agencyIds: agencies.map((a) => a.id) },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const response = await importFile({
      format: "motcua.catalog",
      formatVersion: 1,
      procedures: [{ ...record, name: "Đăng ký khai sinh (mới)" }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().report.rejected[0].errors[0]).toMatchObject({
      path: "procedures[0].code",
      message: expect.stringContaining("bản nháp"),
    });
  });

  it("refuses a file that is not a catalog file with 400", async () => {
    for (const body of [
      { procedures: [] },
      { format: "other", formatVersion: 1, procedures: [] },
      { format: "motcua.catalog", formatVersion: 2, procedures: [] },
    ]) {
      const response = await importFile(body);
      expect([response.statusCode, response.json().code]).toEqual([400, "VALIDATION_FAILED"]);
    }
  });

  it("accepts a whole catalog larger than the ordinary body limit", async () => {
    const file = await exportFile();
    const big = { ...file, procedures: Array.from({ length: 40 }, () => file.procedures).flat() };
    expect(JSON.stringify(big).length).toBeGreaterThan(1_048_576);
    const response = await importFile(big, "?dryRun=true");
    // Every copy after the first is a duplicate code: rejected, but read and checked.
    expect(response.statusCode).toBe(422);
    expect(response.json().report.rejected.length).toBeGreaterThanOrEqual(file.procedures.length * 39);
  });
});
