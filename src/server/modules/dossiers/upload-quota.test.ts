import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { signInAs } from "../../testing/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import {
  adoptionReceptionIds,
  call,
  citizenSession,
  counterReception,
  officerIdOf,
  SAMPLE_PDF,
} from "./test-support.ts";

/**
 * Uploads waiting to be attached are limited per account (issue 10: one citizen stored 20 × 10
 * MiB unused files in 8.6 s): UPLOAD_PENDING_MAX_FILES files and UPLOAD_PENDING_MAX_MB MiB within
 * UPLOAD_ORPHAN_HOURS; the next upload is refused with 429 and nothing is stored.
 */
const MAX_FILES = 3;
const MIB = 1024 * 1024;

let database: TestDatabase;
let db: Db;
let app: FastifyInstance;
let oneStop: string;
let oneStopCaller: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  app = await buildApp(
    {
      ...loadConfig({ UPLOAD_PENDING_MAX_FILES: String(MAX_FILES), UPLOAD_PENDING_MAX_MB: "10" }),
      LOG_LEVEL: "silent",
      WEB_DIST_DIR: "",
    },
    db,
  );
  await app.ready();
  oneStop = await signInAs(app, "tthcc.motcua");
  oneStopCaller = `officer:${await officerIdOf(db, "tthcc.motcua")}`;
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

function upload(cookie: string, url: "/api/files" | "/api/citizen/files", content: Buffer = SAMPLE_PDF) {
  return app.inject({
    method: "POST",
    url: `${url}?name=scan.pdf`,
    headers: { cookie, "content-type": "application/pdf" },
    payload: content,
  });
}

async function storedBy(caller: string): Promise<number> {
  const row = await db
    .selectFrom("stored_file")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("uploaded_by", "=", caller)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** A PDF (by its magic bytes) of `size` bytes. */
function pdfOf(size: number): Buffer {
  const content = Buffer.alloc(size, 0x20);
  SAMPLE_PDF.copy(content);
  return content;
}

describe("per-account quota of uploads not yet attached (issue 10, uploads)", () => {
  it("refuses the N+1th pending upload with 429 UPLOAD_QUOTA_EXCEEDED in Vietnamese, and stores nothing", async () => {
    for (let i = 0; i < MAX_FILES; i++) expect((await upload(oneStop, "/api/files")).statusCode).toBe(201);

    const refused = await upload(oneStop, "/api/files");

    expect(refused.statusCode).toBe(429);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json()).toMatchObject({ status: 429, code: "UPLOAD_QUOTA_EXCEEDED" });
    expect(refused.json().detail).toContain("chưa đính kèm vào hồ sơ");
    expect(await storedBy(oneStopCaller)).toBe(MAX_FILES);
  });

  it("frees room once a pending upload is attached to a dossier, or is older than UPLOAD_ORPHAN_HOURS", async () => {
    const [first, second] = await db
      .selectFrom("stored_file")
      .select("id")
      .where("uploaded_by", "=", oneStopCaller)
      .orderBy("created_at")
      .execute();
    const ids = await adoptionReceptionIds(db);
    const received = await call(
      app,
      oneStop,
      "POST",
      "/api/dossiers",
      counterReception(ids, {
        components: [{ index: 0, originals: 1, fileId: first?.id }, { index: 1, originals: 1 }, { index: 2 }],
      } as never),
    );
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    expect((await upload(oneStop, "/api/files")).statusCode).toBe(201);
    expect((await upload(oneStop, "/api/files")).statusCode).toBe(429);

    await sql`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ${second?.id}`.execute(
      db,
    );
    expect((await upload(oneStop, "/api/files")).statusCode).toBe(201);
    expect((await upload(oneStop, "/api/files")).statusCode).toBe(429);
  });

  it("counts bytes too: a file that would take the account over UPLOAD_PENDING_MAX_MB is refused", async () => {
    const citizen = await citizenSession(db, { identityNumber: "038090077777", fullName: "Trần Văn Quota" });

    expect((await upload(citizen.cookie, "/api/citizen/files", pdfOf(6 * MIB))).statusCode).toBe(201);
    const refused = await upload(citizen.cookie, "/api/citizen/files", pdfOf(5 * MIB));

    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe("UPLOAD_QUOTA_EXCEEDED");
    expect(await storedBy(`citizen:${citizen.id}`)).toBe(1);
    // Another account's room is its own.
    const other = await citizenSession(db, { identityNumber: "038090088888", fullName: "Lê Thị Khác" });
    expect((await upload(other.cookie, "/api/citizen/files", pdfOf(5 * MIB))).statusCode).toBe(201);
  });

  it("holds under parallel uploads: of 8 sent at once, exactly the quota is stored", async () => {
    const citizen = await citizenSession(db, { identityNumber: "038090099999", fullName: "Phạm Văn Song" });

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => upload(citizen.cookie, "/api/citizen/files")),
    );

    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    expect(await storedBy(`citizen:${citizen.id}`)).toBe(MAX_FILES);
  });
});
