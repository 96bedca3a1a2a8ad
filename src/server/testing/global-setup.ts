import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
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
  }
}

/**
 * Integration tests run against a real PostgreSQL: the embedded one (default), or the server of
 * TEST_DATABASE_URL. The schema is migrated once into a template database that every test file
 * copies (CREATE DATABASE … TEMPLATE), so files are isolated and start fast.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = embedded.adminUrl;
  }
  const templateDatabase = `motcua_template_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${templateDatabase}`);
  const db = createDb(withDatabase(adminUrl, templateDatabase), 2);
  try {
    await migrate(db);
    await loadBaseData(db);
    await loadDemoData(db);
  } finally {
    await db.destroy();
  }
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await embedded?.stop();
  };
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
