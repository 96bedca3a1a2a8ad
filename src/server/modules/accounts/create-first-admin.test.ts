import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { createTestDatabase } from "../../testing/test-database.ts";
import { createFirstAdmin } from "./create-first-admin.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const auditRows = (objectId: string) =>
  t.database.db
    .selectFrom("audit_log")
    .select(["actor_kind", "actor_name", "action", "object_type", "outcome"])
    .where("object_id", "=", objectId)
    .execute();

describe("ACC-1: the first system administrator of a deployment", () => {
  it("is created over the root agency with a generated temporary password that must be changed first", async () => {
    const { officer, temporaryPassword } = await createFirstAdmin(t.database.db, {
      username: "QuanTri.Tinh",
      fullName: "Nguyễn Văn Quản",
      operator: "ops",
    });
    expect(officer).toMatchObject({ username: "quantri.tinh", mustChangePassword: true });
    expect(officer.roles).toEqual([expect.objectContaining({ role: "system_admin" })]);
    expect(temporaryPassword).toHaveLength(16);

    const cookie = await signInAs(t.app, "quantri.tinh", temporaryPassword);
    const blocked = await t.app.inject({ url: "/api/admin/officers", headers: { cookie } });
    expect([blocked.statusCode, blocked.json().code]).toEqual([403, "PASSWORD_CHANGE_REQUIRED"]);
    const changed = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: temporaryPassword, newPassword: "Quan-Tri-2026!" },
    });
    expect(changed.statusCode).toBe(204);
    const after = await signInAs(t.app, "quantri.tinh", "Quan-Tri-2026!");
    expect((await t.app.inject({ url: "/api/admin/officers", headers: { cookie: after } })).statusCode).toBe(
      200,
    );
  });

  it("SEC-2: the creation is audited as the system, naming who ran it", async () => {
    expect(await auditRows("quantri.tinh")).toContainEqual({
      actor_kind: "system",
      actor_name: "admin:create (ops)",
      action: "CLI admin:create",
      object_type: "officers",
      outcome: "success",
    });
  });

  it("refuses a username that exists, creating and auditing nothing", async () => {
    const before = await auditRows("admin");
    await expect(
      createFirstAdmin(t.database.db, { username: "admin", fullName: "Trùng Tên", operator: "ops" }),
    ).rejects.toMatchObject({ code: "USERNAME_TAKEN" });
    expect(await auditRows("admin")).toEqual(before);
  });

  it("refuses to start a second agency tree and an unknown agency code", async () => {
    const input = {
      username: "quantri.hai",
      fullName: "Lê Hai",
      operator: "ops",
      agencyCode: "000.00.00.Z99",
    };
    await expect(createFirstAdmin(t.database.db, input)).rejects.toMatchObject({ code: "AGENCY_NOT_FOUND" });
    await expect(
      createFirstAdmin(t.database.db, { ...input, newRootAgencyName: "UBND tỉnh Thứ Hai" }),
    ).rejects.toMatchObject({ code: "AGENCY_TREE_EXISTS" });
  });
});

describe("npm run admin:create", () => {
  it("creates the root agency and the administrator of an empty database, then refuses the same username", async () => {
    const empty = await createTestDatabase();
    try {
      await empty.ownerDb.transaction().execute(async (trx) => {
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
        await sql`TRUNCATE agency CASCADE`.execute(trx);
      });
      const run = (...agency: string[]) =>
        promisify(execFile)(
          "npx",
          [
            "tsx",
            "src/server/modules/accounts/create-first-admin-cli.ts",
            "--username=quantri",
            "--full-name=Trần Thị Quản",
            ...agency,
          ],
          { env: { ...process.env, DATABASE_URL: empty.url, MIGRATION_DATABASE_URL: empty.ownerUrl } },
        );
      const created = await run("--agency=000.00.00.H99", "--new-root-agency=UBND tỉnh Thử Nghiệm");
      expect(created.stdout).toContain(
        'Đã tạo quản trị hệ thống "quantri" (Trần Thị Quản) tại UBND tỉnh Thử Nghiệm.',
      );
      expect(created.stdout).toMatch(/Mật khẩu tạm thời .*: \S{16}\n/);
      await expect(run()).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('Không tạo được tài khoản: Tên đăng nhập "quantri" đã được dùng.'),
      });
    } finally {
      await empty.drop();
    }
  }, 60_000);
});
