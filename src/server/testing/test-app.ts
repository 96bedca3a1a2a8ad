import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.ts";
import { type Config, loadConfig } from "../config.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real application on a private copy of the demo database, for `app.inject` tests. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(
    { ...loadConfig({}), LOG_LEVEL: "silent", SESSION_TTL_HOURS: 1, WEB_DIST_DIR: "", ...overrides },
    database.db,
  );
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Signs in as a demo officer and returns the session cookie for later requests. */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = "Motcua@2026",
): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "motcua_session");
  if (!cookie) throw new Error("no session cookie");
  return `${cookie.name}=${cookie.value}`;
}
