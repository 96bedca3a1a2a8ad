import { sql } from "kysely";
import { ConfigError } from "../config.ts";
import { excessPrivileges } from "./app-role.ts";
import { createDb, type Db } from "./database.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { type Migration, migrate } from "./migrate.ts";

interface OpenDatabase {
  /** The application's connection, as its least-privileged role when the deployment has one. */
  db: Db;
  /** True when motcua started its own PostgreSQL (no DATABASE_URL). */
  embedded: boolean;
  appliedMigrations: Migration[];
  /** What the application's role may do beyond its needs (app-role.ts); empty under least privilege. */
  excessPrivileges: string[];
  close(): Promise<void>;
}

interface DatabaseSettings {
  DATABASE_URL?: string | undefined;
  MIGRATION_DATABASE_URL?: string | undefined;
  DATA_DIR: string;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is not set, and brings the
 * schema up to date as its owner (MIGRATION_DATABASE_URL, default DATABASE_URL; the superuser of
 * the embedded server), granting the application's role its privileges when it is another role.
 */
export async function openDatabase(
  config: DatabaseSettings,
  log?: (message: string) => void,
): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, ...(log ? { log } : {}) });
  const appUrl = config.DATABASE_URL ?? embedded?.appUrl ?? "";
  const db = createDb(appUrl);
  const close = async () => {
    await db.destroy();
    await embedded?.stop();
  };
  try {
    const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL ?? embedded?.url ?? "";
    const appliedMigrations = await migrateAsOwner(ownerUrl === appUrl ? db : createDb(ownerUrl, 2), db);
    return {
      db,
      embedded: Boolean(embedded),
      appliedMigrations,
      excessPrivileges: await excessPrivileges(db),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function migrateAsOwner(owner: Db, app: Db): Promise<Migration[]> {
  try {
    const [ownerRole, appRole] = await Promise.all([currentUser(owner), currentUser(app)]);
    return await migrate(owner, { appRole: appRole === ownerRole ? undefined : appRole });
  } catch (error) {
    if ((error as { code?: string }).code !== "42501") throw error; // insufficient_privilege
    throw new ConfigError(
      `Không áp dụng được migration: vai trò ${await currentUser(owner)} không sở hữu lược đồ; đặt MIGRATION_DATABASE_URL là kết nối của vai trò sở hữu.\n` +
        `(Migrations need the schema's owner: set MIGRATION_DATABASE_URL to its connection. ${(error as Error).message})`,
    );
  } finally {
    if (owner !== app) await owner.destroy();
  }
}

async function currentUser(db: Db): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_user AS name`.execute(db);
  return rows[0]?.name ?? "";
}

/**
 * The append-only triggers bind only a role that can neither switch them off nor change the
 * schema. A role with more privileges is refused in production unless
 * ALLOW_PRIVILEGED_DATABASE_ROLE says otherwise, and warned about loudly everywhere else.
 */
export function checkDatabaseRole(
  excess: string[],
  config: { NODE_ENV: string; ALLOW_PRIVILEGED_DATABASE_ROLE?: string | undefined },
  warn: (message: string) => void,
): void {
  if (excess.length === 0) return;
  const what =
    `the database role of DATABASE_URL can rewrite history or schema (${excess.join("; ")}): ` +
    "connect as an application role and migrate with MIGRATION_DATABASE_URL, see README.md, Database roles";
  if (config.NODE_ENV === "production" && !config.ALLOW_PRIVILEGED_DATABASE_ROLE)
    throw new ConfigError(
      `Vai trò cơ sở dữ liệu của ứng dụng có quyền sửa lịch sử hoặc lược đồ; không chạy ở NODE_ENV=production ` +
        `(chỉ được bỏ qua với ALLOW_PRIVILEGED_DATABASE_ROLE=i-understand-this-is-insecure).\n(${what})`,
    );
  warn(`!!! INSECURE: ${what}`);
}
