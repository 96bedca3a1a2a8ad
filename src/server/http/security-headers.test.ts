import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";

let database: TestDatabase;
let webRoot: string;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  webRoot = await mkdtemp(path.join(tmpdir(), "motcua-web-"));
  await writeFile(path.join(webRoot, "index.html"), "<!doctype html><title>motcua</title>");
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.drop();
  await rm(webRoot, { recursive: true, force: true });
});

/** The app as `npm start` builds it, serving a web build, with the given environment. */
async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST_DIR: webRoot, ...env });
  const app = await buildApp(config, database.db);
  apps.push(app);
  await app.ready();
  return app;
}

const page = { url: "/thu-tuc", headers: { accept: "text/html" } };
const api = { url: "/api/public/site" };

describe("security headers on the pages and the API", () => {
  it("the web page and an API answer: CSP without inline scripts, no framing, nosniff, no referrer", async () => {
    const app = await appWith({});
    for (const request of [page, api]) {
      const response = await app.inject(request);
      expect(response.statusCode, request.url).toBe(200);
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'self' blob:");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      // Plain http (development): no HSTS, which would lock browsers out of http://localhost.
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
    expect((await app.inject(page)).body).toContain("<title>motcua</title>");
  });

  it("HSTS and upgrade-insecure-requests only when PUBLIC_URL is https", async () => {
    const app = await appWith({ PUBLIC_URL: "https://dichvucong.example.vn" });
    const response = await app.inject(page);
    expect(response.headers["strict-transport-security"]).toBe("max-age=31536000");
    expect(response.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("the API documentation is served under the same policy", async () => {
    const app = await appWith({});
    const response = await app.inject({ url: "/api/docs" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-security-policy"]).toContain("script-src 'self';");
    expect(response.body).not.toMatch(/<script>(?!\s*<\/script>)/);
  });
});

describe("TRUST_PROXY: behind a reverse proxy", () => {
  const signIn = (app: FastifyInstance) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" },
      payload: { username: "tthcc.motcua", password: "Motcua@2026" },
    });

  const auditedAddress = async (requestId: unknown) => {
    const row = await database.db
      .selectFrom("audit_log")
      .select("ip")
      .where("request_id", "=", String(requestId))
      .executeTakeFirstOrThrow();
    return String(row.ip);
  };

  it("off by default: forwarded headers are not believed, so nobody can forge an address", async () => {
    const response = await signIn(await appWith({}));
    expect(response.statusCode, response.body).toBe(200);
    expect(await auditedAddress(response.headers["x-request-id"])).not.toBe("203.0.113.7");
  });

  it("when the proxy is trusted, the client's address is the forwarded one", async () => {
    const response = await signIn(await appWith({ TRUST_PROXY: "127.0.0.1" }));
    expect(response.statusCode, response.body).toBe(200);
    expect(await auditedAddress(response.headers["x-request-id"])).toBe("203.0.113.7");
  });
});
