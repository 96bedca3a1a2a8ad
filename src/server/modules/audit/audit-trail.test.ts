import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { appendAudit } from "./append-audit.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const lastAudit = () =>
  t.database.db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow();

describe("SEC-2: every state-changing request is audited", () => {
  it("records who (account, role, agency), what, which object, when, from where and the outcome", async () => {
    const cookie = await signInAs(t.app, "kstthc");
    const before = Date.now();
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-10-05",
      headers: { cookie, "user-agent": "trinh-duyet-thu", "x-request-id": "req-audit-1" },
      payload: { kind: "day_off", name: "Nghỉ bão" },
    });
    expect(response.statusCode).toBe(200);
    const row = await lastAudit();
    expect(row).toMatchObject({
      actor_kind: "officer",
      actor_name: "Lê Thị Kiểm",
      actor_roles: ["procedure_control"],
      action: "PUT /api/admin/calendar/days/:date",
      object_type: "calendar",
      object_id: "2026-10-05",
      outcome: "success",
      // Written with the change, before the answer (200) was sent.
      status: null,
      user_agent: "trinh-duyet-thu",
      request_id: "req-audit-1",
      ip: "127.0.0.1",
    });
    expect(row.actor_agency_id).toBeTruthy();
    expect(row.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("records a refused cross-agency attempt with the officer who tried", async () => {
    const cookie = await signInAs(t.app, "tuphap.chuyenvien");
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-10-06",
      headers: { cookie },
      payload: { kind: "day_off", name: "x" },
    });
    expect(response.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({ actor_name: "Phạm Thị Thanh", outcome: "denied", status: 403 });
  });

  it("records failed sign-ins and forged sessions as anonymous attempts", async () => {
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin", password: "sai" },
    });
    expect(await lastAudit()).toMatchObject({
      actor_kind: "anonymous",
      object_id: "admin",
      outcome: "denied",
      status: 401,
    });
    await t.app.inject({ url: "/api/admin/officers", headers: { cookie: "motcua_session=forged" } });
    expect(await lastAudit()).toMatchObject({
      action: "GET /api/admin/officers",
      outcome: "denied",
      status: 401,
    });
  });

  it("does not record plain reads", async () => {
    const before = await lastAudit();
    await t.app.inject({ url: "/api/calendar/years/2026" });
    expect((await lastAudit()).seq).toBe(before.seq);
  });
});

describe("SEC-2: the audit trail is append-only and tamper-evident", () => {
  // The application's role may not even try (db/app-role.test.ts); the trigger binds the owner too.
  it("refuses updates, deletes and truncation, even from the schema owner's connection", async () => {
    const { seq } = await lastAudit();
    await expect(
      t.database.ownerDb
        .updateTable("audit_log")
        .set({ actor_name: "kẻ giả mạo" })
        .where("seq", "=", seq)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.ownerDb.deleteFrom("audit_log").where("seq", "=", seq).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE audit_log`.execute(t.database.ownerDb)).rejects.toThrow(/append-only/);
  });

  it("keeps one unbroken chain under concurrent writers", async () => {
    const record = (i: number) => ({
      at: new Date(),
      actorKind: "system" as const,
      actorId: null,
      actorName: `tác vụ ${i}`,
      actorRoles: [],
      actorAgencyId: null,
      action: "TEST concurrent",
      objectType: null,
      objectId: String(i),
      outcome: "success" as const,
      status: null,
      detail: { i, nested: { b: 1, a: [2, 3] } },
      ip: null,
      userAgent: null,
      requestId: null,
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(t.database.db, record(i))));
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: true });
  });

  it("audit:verify reports the first broken link after a row is edited directly in the database", async () => {
    const rows = await t.database.db.selectFrom("audit_log").select("seq").orderBy("seq").execute();
    expect(rows.length).toBeGreaterThan(5);
    const victim = rows[3]?.seq ?? 0;
    // A database administrator bypasses the trigger and rewrites history.
    await t.database.ownerDb.connection().execute(async (conn) => {
      await sql`SET session_replication_role = replica`.execute(conn);
      await sql`UPDATE audit_log SET actor_name = 'người khác' WHERE seq = ${victim}`.execute(conn);
      await sql`SET session_replication_role = origin`.execute(conn);
    });
    expect(await verifyAuditChain(t.database.db)).toEqual({
      intact: false,
      rows: 4,
      brokenAt: victim,
      reason: "hash_mismatch",
    });

    const cli = await promisify(execFile)("npx", ["tsx", "src/server/modules/audit/verify-cli.ts"], {
      env: { ...process.env, DATABASE_URL: t.database.url },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`bản ghi #${victim}`);
  }, 60_000);
});
