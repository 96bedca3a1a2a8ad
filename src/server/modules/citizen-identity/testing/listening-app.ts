import { createServer } from "node:net";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../app.ts";
import { loadConfig } from "../../../config.ts";
import { createTestDatabase, type TestDatabase } from "../../../testing/test-database.ts";

export interface ListeningApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** http://127.0.0.1:PORT, also the app's PUBLIC_URL (so the e-ID simulator's issuer is url/eid). */
  url: string;
  close(): Promise<void>;
}

/**
 * The real application listening on 127.0.0.1, on a private copy of the demo database: the OpenID
 * relying party reaches the embedded e-ID provider over real HTTP, as in production.
 */
export async function createListeningApp(env: Record<string, string> = {}): Promise<ListeningApp> {
  const database = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = {
    ...loadConfig({ PORT: String(port), PUBLIC_URL: url, ...env }),
    LOG_LEVEL: "silent" as const,
    WEB_DIST_DIR: "",
  };
  const app = await buildApp(config, database.db);
  await app.listen({ host: "127.0.0.1", port });
  return {
    app,
    database,
    url,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
