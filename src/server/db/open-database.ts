import { createDb, type Db } from "./database.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { type Migration, migrate } from "./migrate.ts";

export interface OpenDatabase {
  db: Db;
  /** True when motcua started its own PostgreSQL (no DATABASE_URL). */
  embedded: boolean;
  appliedMigrations: Migration[];
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is not set, and brings the
 * schema up to date.
 */
export async function openDatabase(
  config: { DATABASE_URL?: string | undefined; DATA_DIR: string },
  log?: (message: string) => void,
): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, ...(log ? { log } : {}) });
  const db = createDb(config.DATABASE_URL ?? embedded?.url ?? "");
  try {
    const appliedMigrations = await migrate(db);
    return {
      db,
      embedded: Boolean(embedded),
      appliedMigrations,
      async close() {
        await db.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
}
