import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDb, type Db } from "../db/database.ts";
import { adminQuery, TEST_DATABASE_PREFIX, withDatabase } from "./global-setup.ts";

export interface TestDatabase {
  /** As the application role, with the application's privileges only (as `npm start` runs). */
  db: Db;
  url: string;
  /**
   * As the server's superuser, who owns the schema: for migrations and for tests that play a
   * database administrator tampering with history (e.g. `SET session_replication_role = replica`).
   */
  ownerDb: Db;
  ownerUrl: string;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated demo database, private to the calling test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
  const url = withDatabase(inject("appUrl"), name);
  const ownerUrl = withDatabase(adminUrl, name);
  const db = createDb(url, 5);
  const ownerDb = createDb(ownerUrl, 2);
  return {
    db,
    url,
    ownerDb,
    ownerUrl,
    async drop() {
      await db.destroy();
      await ownerDb.destroy();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
