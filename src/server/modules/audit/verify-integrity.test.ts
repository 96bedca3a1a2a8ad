import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { withDatabase } from "../../testing/global-setup.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { dossierEventHash, eventOfRow } from "../dossiers/event-hash.ts";
import { adoptionReceptionIds, counterReception } from "../dossiers/test-support.ts";
import { auditHash } from "./audit-hash.ts";
import type { CheckpointFiles } from "./checkpoint-file.ts";
import { recordOfRow, verifyAuditChain } from "./verify-audit-chain.ts";
import { verifyIntegrity } from "./verify-integrity.ts";
import { writeCheckpoint } from "./write-checkpoint.ts";

let t: TestApp;
let files: CheckpointFiles;
/** The database owner's connection, as an administrator who bypasses the append-only triggers. */
let owner: pg.Client;
let dossierIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  const dir = await mkdtemp(path.join(tmpdir(), "motcua-checkpoints-"));
  files = { file: path.join(dir, "checkpoints.jsonl"), keyFile: path.join(dir, "checkpoint.key") };
  owner = new pg.Client({
    connectionString: withDatabase(inject("adminUrl"), new URL(t.database.url).pathname.slice(1)),
  });
  await owner.connect();
  await owner.query("SET session_replication_role = replica");
  const cookie = await signInAs(t.app, "tthcc.motcua");
  const ids = await adoptionReceptionIds(t.database.db);
  dossierIds = [];
  for (let i = 0; i < 3; i += 1) {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/dossiers",
      headers: { cookie },
      payload: counterReception(ids),
    });
    dossierIds.push(response.json().dossier.id);
  }
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const findings = async () => (await verifyIntegrity(t.database.db, files)).findings;
/** What verify finds after `tamper` that it did not find before. */
async function foundAfter(tamper: () => Promise<unknown>) {
  const before = new Set((await findings()).map((f) => f.message));
  await tamper();
  return (await findings()).filter((f) => !before.has(f.message));
}

async function recomputeAuditChainFrom(seq: number): Promise<void> {
  const rows = await t.database.db
    .selectFrom("audit_log")
    .selectAll()
    .where("seq", ">=", seq)
    .orderBy("seq")
    .execute();
  const before = await t.database.db
    .selectFrom("audit_log")
    .select("hash")
    .where("seq", "<", seq)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  let previous = before?.hash ?? null;
  for (const row of rows) {
    const hash = auditHash(previous, recordOfRow(row));
    await owner.query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3", [
      previous,
      hash,
      row.seq,
    ]);
    previous = hash;
  }
}

describe("SEC-2: npm run audit:verify catches tampering by a database administrator", () => {
  it("SEC-2: the untouched database, demo data and new receptions, holds against its checkpoint", async () => {
    await writeCheckpoint(t.database.db, files);
    const report = await verifyIntegrity(t.database.db, files);
    expect(report.findings).toEqual([]);
    expect(report.dossiers).toBeGreaterThan(3);
    expect(report.checkpoints).toBe(1);
  });

  it("SEC-2: an edited dossier.state (another applicant name) differs from the replay of its events", async () => {
    const id = dossierIds[0] ?? "";
    const found = await foundAfter(() =>
      owner.query(
        `UPDATE dossier SET state = jsonb_set(state, '{applicant,name}', '"Trần Văn Giả"') WHERE id = $1`,
        [id],
      ),
    );
    expect(found).toEqual([
      {
        code: "DOSSIER_STATE_MISMATCH",
        message: expect.stringContaining(`(${id}): dữ liệu lưu khác với lịch sử sự kiện ở state.applicant`),
      },
    ]);
    await owner.query(
      `UPDATE dossier SET state = jsonb_set(state, '{applicant,name}', '"Nguyễn Văn An"') WHERE id = $1`,
      [id],
    );
    expect(await findings()).toEqual([]);
  });

  it("SEC-2: an edited dossier event breaks its chain; recomputing the chain is caught by the checkpoint", async () => {
    const id = dossierIds[1] ?? "";
    const rename = (table: string, column: string, key: string) =>
      owner.query(
        `UPDATE ${table} SET ${column} = replace(${column}::text, 'Nguyễn Văn An', 'Trần Văn Giả')::jsonb WHERE ${key} = $1`,
        [id],
      );
    const original = await t.database.db
      .selectFrom("dossier_event")
      .selectAll()
      .where("dossier_id", "=", id)
      .orderBy("version")
      .execute();
    const edited = await foundAfter(() => rename("dossier_event", "payload", "dossier_id"));
    expect(edited).toContainEqual({
      code: "DOSSIER_EVENT_CHAIN_BROKEN",
      message: expect.stringContaining(`(${id}): chuỗi sự kiện hỏng tại phiên bản 1: nội dung đã bị sửa`),
    });

    // The administrator also recomputes the chain and makes the row agree with the events.
    const recomputed = await foundAfter(async () => {
      const events = await t.database.db
        .selectFrom("dossier_event")
        .selectAll()
        .where("dossier_id", "=", id)
        .orderBy("version")
        .execute();
      let previous: Buffer | null = null;
      for (const row of events) {
        const hash = dossierEventHash(previous, eventOfRow(row));
        await owner.query("UPDATE dossier_event SET prev_hash = $1, hash = $2 WHERE seq = $3", [
          previous,
          hash,
          row.seq,
        ]);
        previous = hash;
      }
      await rename("dossier", "state", "id");
      await owner.query("UPDATE dossier SET applicant_name = 'Trần Văn Giả' WHERE id = $1", [id]);
    });
    expect(recomputed.map((f) => f.code)).toEqual(["DOSSIER_EVENTS_CHANGED"]);

    for (const row of original) {
      await owner.query("UPDATE dossier_event SET payload = $1, prev_hash = $2, hash = $3 WHERE seq = $4", [
        JSON.stringify(row.payload),
        row.prev_hash,
        row.hash,
        row.seq,
      ]);
    }
    await owner.query(
      "UPDATE dossier SET state = replace(state::text, 'Trần Văn Giả', 'Nguyễn Văn An')::jsonb, applicant_name = 'Nguyễn Văn An' WHERE id = $1",
      [id],
    );
    expect(await findings()).toEqual([]);
  });

  it("SEC-2: an audit row edited with every later hash recomputed passes the chain but not the checkpoint", async () => {
    await writeCheckpoint(t.database.db, files);
    const { seq } = await t.database.db
      .selectFrom("audit_log")
      .select("seq")
      .orderBy("seq", "desc")
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    const found = await foundAfter(async () => {
      await owner.query("UPDATE audit_log SET actor_name = 'người khác' WHERE seq = $1", [seq]);
      await recomputeAuditChainFrom(seq);
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["AUDIT_CHAIN_REWRITTEN"]));
  });

  it("SEC-2: a deleted audit row in the middle, later hashes recomputed, is caught by the checkpoint", async () => {
    await writeCheckpoint(t.database.db, files);
    const rows = await t.database.db
      .selectFrom("audit_log")
      .select("seq")
      .orderBy("seq", "desc")
      .limit(5)
      .execute();
    const victim = rows[2]?.seq ?? 0;
    const found = await foundAfter(async () => {
      await owner.query("DELETE FROM audit_log WHERE seq = $1", [victim]);
      await recomputeAuditChainFrom(victim + 1);
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["AUDIT_CHAIN_REWRITTEN"]));
  });

  it("SEC-2: the newest audit rows deleted are caught by the checkpoint; the command says so and exits 1", async () => {
    const cookie = await signInAs(t.app, "tthcc.motcua");
    await t.app.inject({
      method: "POST",
      url: "/api/dossiers",
      headers: { cookie },
      payload: counterReception(await adoptionReceptionIds(t.database.db)),
    });
    const head = await writeCheckpoint(t.database.db, files);
    const found = await foundAfter(() =>
      owner.query("DELETE FROM audit_log WHERE seq > $1", [head.audit.seq - 3]),
    );
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["AUDIT_TAIL_MISSING"]));
    expect(found).toContainEqual({
      code: "AUDIT_TAIL_MISSING",
      message: expect.stringContaining(`thiếu bản ghi #${head.audit.seq} đã được điểm kiểm ${head.at}`),
    });

    const cli = await promisify(execFile)("npx", ["tsx", "src/server/modules/audit/verify-cli.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: t.database.url,
        AUDIT_CHECKPOINT_FILE: files.file,
        AUDIT_CHECKPOINT_KEY_FILE: files.keyFile,
      },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`[AUDIT_TAIL_MISSING] Nhật ký kiểm tra thiếu bản ghi #${head.audit.seq}`);
    expect(cli.stderr).toMatch(/Phát hiện \d+ sai lệch/);
  }, 60_000);

  it("SEC-2: a checkpoint line altered in the file fails its signature", async () => {
    const { appendFile, readFile } = await import("node:fs/promises");
    const last = (await readFile(files.file, "utf8")).trim().split("\n").at(-1) ?? "";
    const forged = JSON.parse(last);
    forged.audit.seq -= 5;
    await appendFile(files.file, `${JSON.stringify(forged)}\n`);
    expect((await findings()).map((f) => f.code)).toContain("CHECKPOINT_SIGNATURE_INVALID");
  });
});
