import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureLoginRole } from "../db/app-role.ts";
import { createDb } from "../db/database.ts";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { migrate } from "../db/migrate.ts";
import { loadBaseData } from "../db/seed/load-base-data.ts";
import { loadDemoData } from "../db/seed/load-demo-data.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Maintenance connection to the PostgreSQL server the integration tests run against. */
    adminUrl: string;
    /** A migrated database with the demo data, copied for each test file. */
    templateDatabase: string;
    /** The server as this run's application role (least privilege, like the running app). */
    appUrl: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL: the embedded one (default), or the server of
 * TEST_DATABASE_URL. The schema is migrated once into a template database that every test file
 * copies (CREATE DATABASE … TEMPLATE), so files are isolated and start fast. Tests connect as
 * an application role of this run (roles are cluster-wide: one per run, so concurrent runs on one
 * server never share or drop each other's), granted by the migrator as in production.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), "motcua-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = embedded.adminUrl;
  }
  const run = `${process.pid}_${Date.now()}`;
  const templateDatabase = `motcua_template_${run}`;
  const appRole = `motcua_app_${run}`;
  const url = adminUrl;
  const teardown = async () => {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await dropRole(url, appRole);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const appPassword = randomBytes(18).toString("base64url");
    await ensureLoginRole(adminUrl, appRole, appPassword);
    await createTemplate(adminUrl, templateDatabase, appRole);
    project.provide("adminUrl", adminUrl);
    project.provide("templateDatabase", templateDatabase);
    project.provide("appUrl", asRole(adminUrl, appRole, appPassword));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** The migrated template with the base and demo data, its tables granted to the run's role. */
async function createTemplate(adminUrl: string, name: string, appRole: string): Promise<void> {
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const db = createDb(withDatabase(adminUrl, name), 2);
  try {
    await migrate(db, { appRole });
    await loadBaseData(db);
    await loadDemoData(db);
  } finally {
    await db.destroy();
  }
}

/** Drops the run's role, with the copies a failed test file left behind still holding its grants. */
async function dropRole(adminUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const left = await client.query<{ name: string }>(
      `SELECT DISTINCT d.datname AS name FROM pg_shdepend s JOIN pg_database d ON d.oid = s.dbid
        WHERE s.refclassid = 'pg_authid'::regclass AND s.refobjid = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [role],
    );
    for (const { name } of left.rows.filter((r) => r.name.startsWith(TEST_DATABASE_PREFIX)))
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
}

/** Name prefix of the per-file copies of the template (test-database.ts). */
export const TEST_DATABASE_PREFIX = "motcua_t_";

export function asRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password;
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
