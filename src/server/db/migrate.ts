import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { grantAppPrivileges } from "./app-role.ts";
import type { Db } from "./database.ts";

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** Serialises concurrent migrators (several app instances starting at once). */
const ADVISORY_LOCK_KEY = 7_402_611;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2] ?? file, sql: await readFile(dir + file, "utf8") };
    }),
  );
}

interface MigrateOptions {
  migrations?: Migration[];
  /** The role the application connects as: granted its privileges after every run (app-role.ts). */
  appRole?: string | undefined;
}

/**
 * Applies pending migrations, each in its own transaction, in order, as the schema's owner.
 * Forward-only: an applied migration is never edited or rolled back; a change is a new file.
 */
export async function migrate(db: Db, options: MigrateOptions = {}): Promise<Migration[]> {
  const all = options.migrations ?? (await readMigrations());
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`.execute(conn);
    try {
      const table = await sql<{
        name: string | null;
      }>`SELECT to_regclass('schema_migration')::text AS name`.execute(conn);
      if (!table.rows[0]?.name)
        await sql`CREATE TABLE schema_migration (
          version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
          conn,
        );
      const done = new Set(
        (await conn.selectFrom("schema_migration").select("version").execute()).map((r) => r.version),
      );
      const pending = all.filter((m) => !done.has(m.version));
      for (const m of pending) {
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.sql).execute(trx);
          await trx.insertInto("schema_migration").values({ version: m.version, name: m.name }).execute();
        });
      }
      const { appRole } = options;
      if (appRole) await conn.transaction().execute((trx) => grantAppPrivileges(trx, appRole));
      return pending;
    } finally {
      await sql`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`.execute(conn);
    }
  });
}
