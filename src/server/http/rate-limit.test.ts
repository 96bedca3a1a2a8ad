import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { createDb, type Db } from "../db/database.ts";
import { createTestApp, signInAs, type TestApp } from "../testing/test-app.ts";

const LOOKUP = { max: 10, windowSeconds: 600 };
let t: TestApp;
let codes: string[];
beforeAll(async () => {
  t = await createTestApp({
    RATE_LIMIT_LOOKUP: LOOKUP,
    RATE_LIMIT_UPLOAD: { max: 2, windowSeconds: 60 },
    RATE_LIMIT_EID_START: { max: 2, windowSeconds: 60 },
  });
  const rows = await t.database.db.selectFrom("dossier").select("code").orderBy("code").execute();
  codes = rows.map((r) => r.code);
});
afterAll(() => t.close());

const lookup = (app: FastifyInstance, code: string, remoteAddress = "198.51.100.1") =>
  app.inject({ url: `/api/public/dossiers/${encodeURIComponent(code)}`, remoteAddress });

/** The codes an attacker would try: a real code's agency and day, numbered in sequence. */
function guesses(count: number): string[] {
  const prefix = (codes[0] ?? "").replace(/\d{4}$/, "");
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(4, "0")}`);
}

function expectRateLimited(response: Awaited<ReturnType<typeof lookup>>, windowSeconds: number) {
  expect(response.statusCode).toBe(429);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  expect(response.json().detail).toMatch(/^Có quá nhiều yêu cầu từ địa chỉ của bạn; vui lòng thử lại sau/);
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe("SEC-6 / CODE-3: the public lookup resists guessing", () => {
  it("SEC-6: a guessing loop is answered 429 with Retry-After after the limit, even for real codes", async () => {
    expect(codes.length).toBeGreaterThan(0);
    const answers = [];
    for (const code of guesses(50)) answers.push(await lookup(t.app, code));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.slice(0, LOOKUP.max).every((s) => s === 200 || s === 404)).toBe(true);
    expect(statuses.slice(LOOKUP.max)).toEqual(Array(50 - LOOKUP.max).fill(429));
    expectRateLimited(answers[LOOKUP.max] as (typeof answers)[number], LOOKUP.windowSeconds);
    expectRateLimited(await lookup(t.app, codes[0] as string), LOOKUP.windowSeconds);
    // Another source is counted on its own.
    expect((await lookup(t.app, codes[0] as string, "198.51.100.2")).statusCode).toBe(200);
  });

  it("SEC-6: the limit is shared by two app instances on the same database", async () => {
    const second = await buildSecondInstance(t.database.url);
    try {
      const source = "198.51.100.3";
      const statuses = [];
      for (let i = 0; i < 2 * LOOKUP.max; i++) {
        statuses.push((await lookup(i % 2 ? second.app : t.app, codes[0] as string, source)).statusCode);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(LOOKUP.max);
      expect(statuses.slice(LOOKUP.max)).toEqual(Array(LOOKUP.max).fill(429));
    } finally {
      await second.close();
    }
  });

  it("SEC-6: parallel look-ups from one source never pass the limit", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => lookup(t.app, codes[0] as string, "198.51.100.4")),
    );
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(LOOKUP.max);
  });
});

describe("SEC-6: uploads and e-ID starts are limited per source", () => {
  it("refuses the third upload of a source within the window", async () => {
    const cookie = await signInAs(t.app, "tthcc.motcua");
    const upload = () =>
      t.app.inject({
        method: "POST",
        url: "/api/files?name=giay-to.pdf",
        headers: { cookie, "content-type": "application/pdf" },
        payload: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
      });
    expect((await upload()).statusCode).toBe(201);
    expect((await upload()).statusCode).toBe(201);
    expectRateLimited(await upload(), 60);
  });

  it("refuses the third e-ID start of a source within the window", async () => {
    const start = () =>
      t.app.inject({ url: "/api/citizen/auth/start?returnTo=/", remoteAddress: "192.0.2.9" });
    expect((await start()).statusCode).toBe(302);
    expect((await start()).statusCode).toBe(302);
    expectRateLimited(await start(), 60);
  });
});

async function buildSecondInstance(url: string): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const db: Db = createDb(url, 2);
  const app = await buildApp(
    { ...loadConfig({}), LOG_LEVEL: "silent", WEB_DIST_DIR: "", RATE_LIMIT_LOOKUP: LOOKUP },
    db,
  );
  return {
    app,
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
