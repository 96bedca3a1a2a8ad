import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { migrate, readMigrations } from "./migrate.ts";
import { loadDemoData } from "./seed/load-demo-data.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("migrations", () => {
  it("are numbered files applied once, in order; a second run applies nothing", async () => {
    const files = await readMigrations();
    expect(files.map((m) => m.version)).toEqual([...files.map((m) => m.version)].sort((a, b) => a - b));
    const applied = await t.db.selectFrom("schema_migration").select("version").orderBy("version").execute();
    expect(applied.map((r) => r.version)).toEqual(files.map((m) => m.version));
    expect(await migrate(t.ownerDb)).toEqual([]);
  });

  it("apply a new migration and roll it back whole when it fails", async () => {
    const good = { version: 9001, name: "test_good", sql: "CREATE TABLE probe_good (id int);" };
    const bad = {
      version: 9002,
      name: "test_bad",
      sql: "CREATE TABLE probe_bad (id int); SELECT no_such_function();",
    };
    expect((await migrate(t.ownerDb, { migrations: [good] })).map((m) => m.version)).toEqual([9001]);
    await expect(migrate(t.ownerDb, { migrations: [good, bad] })).rejects.toThrow();
    const probe = await sql<{ name: string | null }>`SELECT to_regclass('probe_bad')::text AS name`.execute(
      t.db,
    );
    expect(probe.rows[0]?.name).toBeNull();
    const versions = await t.db
      .selectFrom("schema_migration")
      .select("version")
      .where("version", ">", 9000)
      .execute();
    expect(versions.map((v) => v.version)).toEqual([9001]);
  });

  it("concurrent migrators (several instances starting at once) do not collide", async () => {
    const m = { version: 9003, name: "test_concurrent", sql: "CREATE TABLE probe_concurrent (id int);" };
    const once = () => migrate(t.ownerDb, { migrations: [m] });
    const results = await Promise.all([once(), once(), once()]);
    expect(results.flat().length).toBe(1);
  });
});

describe("demo data", () => {
  it("is loaded once: a second load adds nothing", async () => {
    expect(await loadDemoData(t.db)).toEqual({ agencies: 0, officers: 0 });
    const count = await t.db
      .selectFrom("agency")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(count.n).toBeGreaterThanOrEqual(20);
  });

  it("has agencies with QCVN 102 identifiers and officers in every role", async () => {
    const codes = (await t.db.selectFrom("agency").select("code").execute()).map((r) => r.code);
    expect(codes).toContain("000.00.06.H56");
    const roles = (await t.db.selectFrom("officer_role").select("role").distinct().execute())
      .map((r) => r.role)
      .sort();
    expect(roles).toEqual([
      "agency_leader",
      "one_stop_officer",
      "operator",
      "procedure_control",
      "specialist",
      "system_admin",
      "unit_head",
    ]);
  });
});
