import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { MAX_FAILED_LOGINS } from "../identity/sign-in-attempts.ts";

let t: TestApp;
let admin: string;
const agency: Record<string, string> = {};
const officerId: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t.app, "admin");
  for (const a of await t.database.db.selectFrom("agency").select(["id", "code"]).execute())
    agency[a.code] = a.id;
  for (const o of await t.database.db.selectFrom("officer").select(["id", "username"]).execute())
    officerId[o.username] = o.id;
});
afterAll(() => t.close());

const TU_PHAP = "000.00.06.H56";
const HCTP = "000.01.06.H56";
const XAY_DUNG = "000.00.07.H56";
const STRONG = "Tam-thoi-2026!";

const post = (url: string, cookie: string, payload?: object) =>
  t.app.inject({ method: "POST", url, headers: { cookie }, ...(payload ? { payload } : {}) });
const login = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
const me = (cookie: string) => t.app.inject({ url: "/api/auth/me", headers: { cookie } });
const grant = (role: string, code: string) => ({ role, scopeAgencyId: agency[code] });

describe("ACC-1: personal accounts", () => {
  it("creates an account that must change its temporary password at first sign-in", async () => {
    const created = await post("/api/admin/officers", admin, {
      username: "tuphap.moi",
      fullName: "Trịnh Minh Mới",
      agencyId: agency[HCTP],
      roles: [grant("specialist", HCTP)],
      temporaryPassword: STRONG,
    });
    expect(created.statusCode, created.body).toBe(201);
    const first = await login("tuphap.moi", STRONG);
    expect(first.json().officer.mustChangePassword).toBe(true);
    const cookie = `motcua_session=${first.cookies[0]?.value}`;
    const changed = await post("/api/auth/password", cookie, {
      currentPassword: STRONG,
      newPassword: "Mat-khau-rieng-2026",
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(cookie)).json().officer.mustChangePassword).toBe(false);
  });

  it("refuses duplicate usernames, unknown agencies and weak passwords with clear codes, creating nothing", async () => {
    const base = {
      fullName: "Người Thử",
      agencyId: agency[HCTP],
      roles: [grant("specialist", HCTP)],
      temporaryPassword: STRONG,
    };
    const count = async () => (await t.database.db.selectFrom("officer").select("id").execute()).length;
    const before = await count();
    const duplicate = await post("/api/admin/officers", admin, { ...base, username: "admin" });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, "USERNAME_TAKEN"]);
    const unknown = await post("/api/admin/officers", admin, {
      ...base,
      username: "nguoi.thu",
      agencyId: "6f1d2c3b-0000-4000-8000-000000000000",
      roles: [{ role: "specialist", scopeAgencyId: "6f1d2c3b-0000-4000-8000-000000000000" }],
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, "AGENCY_NOT_FOUND"]);
    for (const weak of ["ngan", "chi-chu-thuong-dai", "Nguoi.Thu.2026"]) {
      const response = await post("/api/admin/officers", admin, {
        ...base,
        username: "nguoi.thu",
        temporaryPassword: weak,
      });
      expect([response.statusCode, response.json().code], weak).toEqual([422, "WEAK_PASSWORD"]);
      expect(response.json().detail).toContain("Mật khẩu chưa đủ mạnh");
    }
    expect(await count()).toBe(before);
  });

  it("an administrator scoped to one department cannot create accounts or grant roles outside it", async () => {
    await post("/api/admin/officers", admin, {
      username: "tuphap.quantri",
      fullName: "Quản Trị Sở Tư pháp",
      agencyId: agency[TU_PHAP],
      roles: [grant("system_admin", TU_PHAP)],
      temporaryPassword: STRONG,
    });
    const local = await signInAs(t.app, "tuphap.quantri", STRONG);
    const outside = await post("/api/admin/officers", local, {
      username: "xaydung.moi",
      fullName: "X",
      agencyId: agency[XAY_DUNG],
      roles: [grant("specialist", XAY_DUNG)],
      temporaryPassword: STRONG,
    });
    expect(outside.statusCode).toBe(403);
    const escalate = await post("/api/admin/officers", local, {
      username: "tuphap.leothang",
      fullName: "X",
      agencyId: agency[HCTP],
      roles: [grant("system_admin", "000.00.00.H56")],
      temporaryPassword: STRONG,
    });
    expect(escalate.statusCode).toBe(403);
    const lockOutside = await post(`/api/admin/officers/${officerId["xaydung.chuyenvien"]}/lock`, local, {
      reason: "lost",
    });
    expect(lockOutside.statusCode).toBe(403);
  });

  it("locking (lost or misused) ends the account's sessions and refuses sign-in until unlocked", async () => {
    const victim = await signInAs(t.app, "hacthanh.congchuc");
    const lock = await post(`/api/admin/officers/${officerId["hacthanh.congchuc"]}/lock`, admin, {
      reason: "lost",
      note: "mất điện thoại",
    });
    expect(lock.statusCode, lock.body).toBe(204);
    expect((await me(victim)).statusCode).toBe(401);
    expect((await login("hacthanh.congchuc", "Motcua@2026")).json().code).toBe("AUTH_ACCOUNT_LOCKED");
    expect(
      (await post(`/api/admin/officers/${officerId["hacthanh.congchuc"]}/unlock`, admin)).statusCode,
    ).toBe(204);
    expect((await login("hacthanh.congchuc", "Motcua@2026")).statusCode).toBe(200);
  });

  it("an administrator cannot lock their own account; the operator may look but not change (ACC-4)", async () => {
    const self = await post(`/api/admin/officers/${officerId.admin}/lock`, admin, { reason: "other" });
    expect([self.statusCode, self.json().code]).toEqual([422, "CANNOT_CHANGE_OWN_ACCOUNT"]);
    const operator = await signInAs(t.app, "vanhanh");
    expect(
      (await t.app.inject({ url: "/api/admin/officers", headers: { cookie: operator } })).statusCode,
    ).toBe(200);
    expect(
      (await post(`/api/admin/officers/${officerId["samson.motcua"]}/lock`, operator, { reason: "lost" }))
        .statusCode,
    ).toBe(403);
  });
});

// Throttling itself (SEC-6: counted before checking, temporary rests, per source) is tested in
// identity/sign-in-throttling.test.ts.
describe("ACC-1: login throttling", () => {
  it("a successful sign-in resets the count of failures", async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await login("xaydung.truongphong", "sai");
    expect((await login("xaydung.truongphong", "Motcua@2026")).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await login("xaydung.truongphong", "sai");
    expect((await login("xaydung.truongphong", "Motcua@2026")).statusCode).toBe(200);
  });
});

describe("ACC-2: transfers and revocation keep history", () => {
  it("a transfer moves the account with new roles; its past actions still carry its name", async () => {
    const specialist = await signInAs(t.app, "xaydung.chuyenvien");
    await post("/api/auth/logout-all", specialist);
    const transfer = await post(`/api/admin/officers/${officerId["xaydung.chuyenvien"]}/transfer`, admin, {
      agencyId: agency[HCTP],
      roles: [grant("specialist", HCTP)],
    });
    expect(transfer.statusCode, transfer.body).toBe(204);
    const after = await signInAs(t.app, "xaydung.chuyenvien");
    expect((await me(after)).json().officer.agencyName).toBe("Phòng Hành chính tư pháp");
    const detail = (
      await t.app.inject({
        url: `/api/admin/officers/${officerId["xaydung.chuyenvien"]}`,
        headers: { cookie: admin },
      })
    ).json();
    expect(detail.accountHistory.map((e: { action: string }) => e.action)).toContain(
      "POST /api/admin/officers/:id/transfer",
    );
    expect(
      detail.recentActions.map((e: { action: string; actorName: string }) => [e.action, e.actorName]),
    ).toContainEqual(["POST /api/auth/logout-all", "Bùi Đức Anh"]);
  });

  it("a revoked account cannot sign in, holds no roles, cannot be unlocked, and its history remains", async () => {
    const id = officerId["samson.motcua"] ?? "";
    await signInAs(t.app, "samson.motcua");
    const revoke = await post(`/api/admin/officers/${id}/revoke`, admin, { reason: "retired" });
    expect(revoke.statusCode).toBe(204);
    expect((await login("samson.motcua", "Motcua@2026")).json().code).toBe("AUTH_ACCOUNT_REVOKED");
    expect((await post(`/api/admin/officers/${id}/unlock`, admin)).json().code).toBe("ACCOUNT_REVOKED");
    const detail = (
      await t.app.inject({ url: `/api/admin/officers/${id}`, headers: { cookie: admin } })
    ).json();
    expect(detail.officer).toMatchObject({ status: "revoked", roles: [], fullName: "Nguyễn Thị Hoa" });
    expect(
      detail.accountHistory.some(
        (e: { action: string; outcome: string }) =>
          e.action === "POST /api/auth/login" && e.outcome === "success",
      ),
    ).toBe(true);
  });
});

describe("sessions", () => {
  it("sign out everywhere ends every session of the officer", async () => {
    const phone = await signInAs(t.app, "tthcc.motcua");
    const desk = await signInAs(t.app, "tthcc.motcua");
    expect((await post("/api/auth/logout-all", desk)).statusCode).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(desk)).statusCode).toBe(401);
  });

  it("changing one's password keeps this session and ends the others", async () => {
    const other = await signInAs(t.app, "hacthanh.chutich");
    const current = await signInAs(t.app, "hacthanh.chutich");
    const wrong = await post("/api/auth/password", current, {
      currentPassword: "sai",
      newPassword: "Mat-khau-moi-2026",
    });
    expect(wrong.json().code).toBe("CURRENT_PASSWORD_WRONG");
    const ok = await post("/api/auth/password", current, {
      currentPassword: "Motcua@2026",
      newPassword: "Mat-khau-moi-2026",
    });
    expect(ok.statusCode).toBe(204);
    expect((await me(current)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
  });
});

describe("ACC-1: a temporary password must be changed first", () => {
  it("after a reset, the officer may only change the password; then everything works again", async () => {
    const id = officerId["hacthanh.motcua"] ?? "";
    expect(
      (await post(`/api/admin/officers/${id}/password-reset`, admin, { temporaryPassword: STRONG }))
        .statusCode,
    ).toBe(204);
    const cookie = await signInAs(t.app, "hacthanh.motcua", STRONG);
    const blocked = await t.app.inject({ url: "/api/admin/calendar/history", headers: { cookie } });
    expect([blocked.statusCode, blocked.json().code]).toEqual([403, "PASSWORD_CHANGE_REQUIRED"]);
    const weak = await post("/api/auth/password", cookie, { currentPassword: STRONG, newPassword: "yeu" });
    expect(weak.json().errors[0].path).toBe("newPassword");
    expect(
      (
        await post("/api/auth/password", cookie, {
          currentPassword: STRONG,
          newPassword: "Mat-khau-rieng-2027",
        })
      ).statusCode,
    ).toBe(204);
    expect((await me(cookie)).json().officer.mustChangePassword).toBe(false);
  });
});
