import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

describe("officer sign-in", () => {
  it("signs in a demo officer with an HttpOnly session cookie and shows who they are", async () => {
    const response = await login("tuphap.chuyenvien", "Motcua@2026");
    expect(response.statusCode).toBe(200);
    expect(response.json().officer).toMatchObject({
      username: "tuphap.chuyenvien",
      fullName: "Phạm Thị Thanh",
      agencyName: "Phòng Hành chính tư pháp",
      roles: ["specialist"],
    });
    const cookie = response.cookies.find((c) => c.name === "motcua_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const me = await t.app.inject({
      url: "/api/auth/me",
      headers: { cookie: `motcua_session=${cookie?.value}` },
    });
    expect(me.json().officer.username).toBe("tuphap.chuyenvien");
  });

  it("accepts the username in any letter case", async () => {
    expect((await login("TuPhap.ChuyenVien", "Motcua@2026")).statusCode).toBe(200);
  });

  it("refuses a wrong password and an unknown user with the same answer", async () => {
    const wrong = await login("admin", "sai-mat-khau");
    const unknown = await login("khong.ton.tai", "Motcua@2026");
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe("AUTH_INVALID_CREDENTIALS");
      expect(r.json().detail).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
      expect(r.cookies).toHaveLength(0);
    }
  });

  it("refuses a locked account even with the right password", async () => {
    await t.database.db
      .updateTable("officer")
      .set({ status: "locked" })
      .where("username", "=", "samson.motcua")
      .execute();
    const response = await login("samson.motcua", "Motcua@2026");
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("AUTH_ACCOUNT_LOCKED");
  });

  it("stores argon2id hashes, never the password", async () => {
    const row = await t.database.db
      .selectFrom("officer")
      .select("password_hash")
      .where("username", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain("Motcua@2026");
  });
});

describe("sessions", () => {
  it("/api/auth/me without a session → 401 AUTH_REQUIRED", async () => {
    const response = await t.app.inject({ url: "/api/auth/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("AUTH_REQUIRED");
  });

  it("a forged session token is refused", async () => {
    const response = await t.app.inject({
      url: "/api/auth/me",
      headers: { cookie: "motcua_session=forged-token" },
    });
    expect(response.statusCode).toBe(401);
  });

  it("an expired session is refused", async () => {
    const cookie = await signInAs(t.app, "kstthc");
    await t.database.db
      .updateTable("officer_session")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("sign-out closes the session on the server, not just the cookie", async () => {
    const cookie = await signInAs(t.app, "xaydung.giamdoc");
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === "motcua_session")?.value).toBe("");
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });
});
