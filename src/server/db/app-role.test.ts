import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadConfig } from "../config.ts";
import { adminQuery, withDatabase } from "../testing/global-setup.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { excessPrivileges } from "./app-role.ts";
import { migrate, readMigrations } from "./migrate.ts";
import { checkDatabaseRole, openDatabase } from "./open-database.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const refused = /permission denied|must be owner|must be superuser/;

describe("SEC-2 the application's database role cannot rewrite history or schema", () => {
  it.each([
    ["audit_log", "actor_name"],
    ["dossier_event", "rule"],
  ])("SEC-2 cannot UPDATE, DELETE or TRUNCATE %s", async (table, column) => {
    await expect(sql`UPDATE ${sql.id(table)} SET ${sql.id(column)} = 'x'`.execute(t.db)).rejects.toThrow(
      refused,
    );
    await expect(sql`DELETE FROM ${sql.id(table)}`.execute(t.db)).rejects.toThrow(refused);
    await expect(sql`TRUNCATE ${sql.id(table)} CASCADE`.execute(t.db)).rejects.toThrow(refused);
  });

  it("SEC-2 cannot switch the history triggers off, by session or by table", async () => {
    await expect(sql`SET session_replication_role = replica`.execute(t.db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.db),
    ).rejects.toThrow(refused);
    await expect(sql`ALTER TABLE dossier_event DISABLE TRIGGER ALL`.execute(t.db)).rejects.toThrow(refused);
  });

  it("SEC-2 cannot drop, alter or create tables", async () => {
    await expect(sql`DROP TABLE audit_log`.execute(t.db)).rejects.toThrow(refused);
    await expect(sql`ALTER TABLE dossier ADD COLUMN x int`.execute(t.db)).rejects.toThrow(refused);
    await expect(sql`CREATE TABLE probe (id int)`.execute(t.db)).rejects.toThrow(refused);
    await expect(sql`DROP FUNCTION refuse_history_change() CASCADE`.execute(t.db)).rejects.toThrow(refused);
  });

  it("SEC-2 writes ordinary rows; its privileges are the least it needs, a superuser's are reported", async () => {
    const updated = await t.db
      .updateTable("agency")
      .set((eb) => ({ address: eb.ref("address") }))
      .executeTakeFirst();
    expect(Number(updated.numUpdatedRows)).toBeGreaterThan(0);
    expect(await excessPrivileges(t.db)).toEqual([]);
    // The owner of the test server is a superuser: reported.
    expect((await excessPrivileges(t.ownerDb)).join("\n")).toMatch(/superuser/);
  });

  it("SEC-2 the migrator grants tables of later migrations too; new history tables are append-only", async () => {
    const appRole = (await sql<{ name: string }>`SELECT current_user AS name`.execute(t.db)).rows[0]?.name;
    const later = {
      version: 9101,
      name: "test_later_tables",
      sql: `CREATE TABLE probe_later (id int);
            CREATE TABLE probe_history (id int);
            CREATE TRIGGER probe_history_append_only BEFORE UPDATE OR DELETE ON probe_history
              FOR EACH ROW EXECUTE FUNCTION refuse_history_change();`,
    };
    await migrate(t.ownerDb, { migrations: [...(await readMigrations()), later], appRole });
    await sql`INSERT INTO probe_later VALUES (1)`.execute(t.db);
    await sql`UPDATE probe_later SET id = 2`.execute(t.db);
    await sql`INSERT INTO probe_history VALUES (1)`.execute(t.db);
    await expect(sql`UPDATE probe_history SET id = 2`.execute(t.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM schema_migration`.execute(t.db)).rejects.toThrow(/permission denied/);
  });
});

describe("SEC-2 start-up with a DATABASE_URL", () => {
  it("SEC-2 migrates as MIGRATION_DATABASE_URL's owner and serves as DATABASE_URL's role, with least privilege", async () => {
    const name = `motcua_t_roles_${process.pid}`;
    const adminUrl = inject("adminUrl");
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    try {
      const appOnly = { DATABASE_URL: withDatabase(inject("appUrl"), name), DATA_DIR: "unused" };
      await expect(openDatabase(appOnly)).rejects.toThrow(/set MIGRATION_DATABASE_URL/);
      const database = await openDatabase({
        DATABASE_URL: withDatabase(inject("appUrl"), name),
        MIGRATION_DATABASE_URL: withDatabase(adminUrl, name),
        DATA_DIR: "unused",
      });
      try {
        expect(database.appliedMigrations.length).toBe((await readMigrations()).length);
        expect(database.excessPrivileges).toEqual([]);
        expect(await database.db.selectFrom("schema_migration").select("version").execute()).not.toEqual([]);
      } finally {
        await database.close();
      }
      const privileged = await openDatabase({
        DATABASE_URL: withDatabase(adminUrl, name),
        DATA_DIR: "unused",
      });
      await privileged.close();
      expect(privileged.excessPrivileges.join("\n")).toMatch(/superuser/);
    } finally {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }, 60_000);

  it("MIGRATION_DATABASE_URL goes with DATABASE_URL and is never echoed", () => {
    const owner = "postgres://owner:hunter2@db/motcua";
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: owner })).toThrow(/MIGRATION_DATABASE_URL=\*\*\*/);
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: owner })).not.toThrow(/hunter2/);
    expect(
      loadConfig({ DATABASE_URL: "postgres://app@db/motcua", MIGRATION_DATABASE_URL: owner }),
    ).toMatchObject({
      MIGRATION_DATABASE_URL: owner,
    });
  });

  it("SEC-2 a privileged role is refused in production unless forced, and loudly warned about elsewhere", () => {
    const excess = ["role postgres is a superuser"];
    const warn = vi.fn();
    expect(() => checkDatabaseRole(excess, { NODE_ENV: "production" }, warn)).toThrow(
      /ALLOW_PRIVILEGED_DATABASE_ROLE/,
    );
    checkDatabaseRole(excess, { NODE_ENV: "development" }, warn);
    checkDatabaseRole(
      excess,
      { NODE_ENV: "production", ALLOW_PRIVILEGED_DATABASE_ROLE: "i-understand-this-is-insecure" },
      warn,
    );
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/INSECURE.*superuser/);
    checkDatabaseRole([], { NODE_ENV: "production" }, warn);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
