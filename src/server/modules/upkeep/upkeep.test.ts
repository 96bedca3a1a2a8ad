import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { hashToken } from "../identity/sessions.ts";
import { deleteInBatches } from "./delete-in-batches.ts";
import { runUpkeep } from "./run-upkeep.ts";

/**
 * The upkeep (issue 10, uploads and upkeep): uploads never attached are deleted after
 * UPLOAD_ORPHAN_HOURS, expired sessions and old Idempotency-Key answers are purged; what is still
 * of use stays.
 */
const HOUR = 3_600_000;
const SETTINGS = { orphanHours: 24, idempotencyKeyHours: 24 };

let database: TestDatabase;
let db: Db;
const now = new Date();
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database.drop());

async function storeFile(uploadedAt: Date): Promise<string> {
  const content = Buffer.from(`%PDF-1.4 ${randomBytes(8).toString("hex")}`);
  const row = await db
    .insertInto("stored_file")
    .values({
      sha256: randomBytes(32),
      mime: "application/pdf",
      size: content.length,
      file_name: "scan.pdf",
      content,
      uploaded_by: "citizen:upkeep-test",
      created_at: uploadedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function attach(fileId: string): Promise<void> {
  const dossier = await db.selectFrom("dossier").select("id").limit(1).executeTakeFirstOrThrow();
  await db
    .insertInto("dossier_attachment")
    .values({ dossier_id: dossier.id, dossier_version: 1, purpose: "proof", file_id: fileId })
    .execute();
}

async function remaining<T extends "stored_file" | "officer_session" | "citizen_session" | "payment_nonce">(
  table: T,
  column: "id" | "token_hash" | "nonce",
  values: unknown[],
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ANY(${values})`.execute(db);
  return rows[0]?.n ?? 0;
}

describe("upkeep (issue 10)", () => {
  it("deletes an upload never attached once older than the orphan age; a recent one and an attached old one stay", async () => {
    const orphan = await storeFile(ago(25));
    const recent = await storeFile(ago(23));
    const attachedOld = await storeFile(ago(48));
    await attach(attachedOld);

    const report = await runUpkeep(db, SETTINGS, now);

    expect(report.orphanFiles).toBe(1);
    expect(await remaining("stored_file", "id", [orphan])).toBe(0);
    expect(await remaining("stored_file", "id", [recent, attachedOld])).toBe(2);
  });

  it("REC-4: an old upload a draft still holds stays until the draft is gone", async () => {
    const held = await storeFile(ago(48));
    const citizen = await db
      .insertInto("citizen")
      .values({
        issuer: "https://eid.test.motcua.local",
        subject: "upkeep-draft-test",
        kind: "individual",
        identity_number: "038090012199",
        identity_level: 2,
        full_name: "Phan Thị Nháp",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const procedure = await db.selectFrom("procedure").select("id").limit(1).executeTakeFirstOrThrow();
    await db
      .insertInto("online_draft")
      .values({
        citizen_id: citizen.id,
        procedure_id: procedure.id,
        idempotency_key: "draft-upkeep-test",
        components: JSON.stringify([{ index: 0, fileId: held }]),
      })
      .execute();

    await runUpkeep(db, SETTINGS, now);
    expect(await remaining("stored_file", "id", [held])).toBe(1);

    await db.deleteFrom("online_draft").where("citizen_id", "=", citizen.id).execute();
    await runUpkeep(db, SETTINGS, now);
    expect(await remaining("stored_file", "id", [held])).toBe(0);
  });

  it("purges expired officer and citizen sessions; live ones stay", async () => {
    const officer = await db.selectFrom("officer").select("id").limit(1).executeTakeFirstOrThrow();
    const citizen = await db
      .insertInto("citizen")
      .values({
        issuer: "https://eid.test.motcua.local",
        subject: "upkeep-test",
        kind: "individual",
        identity_number: "038090012121",
        identity_level: 2,
        full_name: "Đỗ Văn Dọn",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const session = (expiresAt: Date) => ({
      token_hash: hashToken(randomBytes(16).toString("hex")),
      expires_at: expiresAt,
    });
    const [officerExpired, officerLive] = [session(ago(1)), session(ago(-1))];
    const [citizenExpired, citizenLive] = [session(ago(0.01)), session(ago(-8))];
    await db
      .insertInto("officer_session")
      .values([officerExpired, officerLive].map((s) => ({ ...s, officer_id: officer.id })))
      .execute();
    await db
      .insertInto("citizen_session")
      .values([citizenExpired, citizenLive].map((s) => ({ ...s, citizen_id: citizen.id })))
      .execute();

    const report = await runUpkeep(db, SETTINGS, now);

    expect(report.officerSessions).toBeGreaterThanOrEqual(1);
    expect(report.citizenSessions).toBeGreaterThanOrEqual(1);
    expect(await remaining("officer_session", "token_hash", [officerExpired.token_hash])).toBe(0);
    expect(await remaining("citizen_session", "token_hash", [citizenExpired.token_hash])).toBe(0);
    expect(await remaining("officer_session", "token_hash", [officerLive.token_hash])).toBe(1);
    expect(await remaining("citizen_session", "token_hash", [citizenLive.token_hash])).toBe(1);
  });

  it("purges Idempotency-Key answers older than their age; recent ones and the demo data's own keys stay", async () => {
    const key = (name: string, createdAt: Date) => ({
      caller: "citizen:upkeep-test",
      key: name,
      request_hash: randomBytes(32),
      created_at: createdAt,
    });
    await db
      .insertInto("dossier_command_key")
      .values([key("old", ago(25)), key("recent", ago(1))])
      .execute();
    const demoKeys = await db
      .selectFrom("dossier_command_key")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("key", "like", "demo:%")
      .executeTakeFirstOrThrow();
    await sql`UPDATE dossier_command_key SET created_at = now() - interval '30 days' WHERE key LIKE 'demo:%'`.execute(
      db,
    );

    const report = await runUpkeep(db, SETTINGS, now);

    expect(report.idempotencyKeys).toBe(1);
    const left = await db
      .selectFrom("dossier_command_key")
      .select("key")
      .where("caller", "=", "citizen:upkeep-test")
      .execute();
    expect(left.map((k) => k.key)).toEqual(["recent"]);
    const demoLeft = await db
      .selectFrom("dossier_command_key")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("key", "like", "demo:%")
      .executeTakeFirstOrThrow();
    expect(demoKeys.n).toBeGreaterThan(0);
    expect(demoLeft.n).toBe(demoKeys.n);
  });

  it("PAY-1: deletes the payment platform's nonces seen more than a day ago; recent ones stay", async () => {
    const nonce = (name: string, seenAt: Date) => ({
      nonce: name,
      body_sha256: "0".repeat(64),
      seen_at: seenAt,
    });
    await db
      .insertInto("payment_nonce")
      .values([nonce("upkeep-old-nonce", ago(25)), nonce("upkeep-new-nonce", ago(23))])
      .execute();

    const report = await runUpkeep(db, SETTINGS, now);

    expect(report.paymentNonces).toBe(1);
    expect(await remaining("payment_nonce", "nonce", ["upkeep-old-nonce", "upkeep-new-nonce"])).toBe(1);
  });

  it("deletes in bounded batches, safely from several instances at once (SKIP LOCKED)", async () => {
    const orphans = await Promise.all(Array.from({ length: 25 }, () => storeFile(ago(30))));
    const condition = sql<boolean>`NOT attached AND created_at < ${ago(24)}`;

    const deleted = await Promise.all([1, 2, 3].map(() => deleteInBatches(db, "stored_file", condition, 4)));

    expect(deleted.reduce((sum, n) => sum + n, 0)).toBe(orphans.length);
    expect(await remaining("stored_file", "id", orphans)).toBe(0);
  });
});
