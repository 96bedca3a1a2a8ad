import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { createDb, type Db } from "../src/server/db/database.ts";
import { startEmbeddedPostgres } from "../src/server/db/embedded-postgres.ts";
import { migrate } from "../src/server/db/migrate.ts";
import { loadBaseData } from "../src/server/db/seed/load-base-data.ts";
import { loadDemoData } from "../src/server/db/seed/load-demo-data.ts";

/**
 * Runs `work` on a throw-away embedded PostgreSQL holding the base and demo data (`url` is its
 * owner's connection, `dataDir` a folder removed afterwards), then stops it and removes its files.
 */
export async function withDemoDatabase(
  name: string,
  work: (db: Db, where: { url: string; dataDir: string }) => Promise<void>,
): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `motcua-bench-${name}-`));
  const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
  const db = createDb(embedded.url, 10);
  try {
    await migrate(db);
    await loadBaseData(db);
    await loadDemoData(db);
    await work(db, { url: embedded.url, dataDir });
  } finally {
    await db.destroy();
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Signs a demo officer in and returns the session cookie as a `Cookie` header value. */
export async function signInCookie(app: FastifyInstance, username = "tthcc.motcua"): Promise<string> {
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: "Motcua@2026" },
  });
  const cookie = login.cookies.find((c) => c.name === "motcua_session");
  if (!cookie) throw new Error(`sign-in of ${username} failed (${login.statusCode})`);
  return `${cookie.name}=${cookie.value}`;
}
