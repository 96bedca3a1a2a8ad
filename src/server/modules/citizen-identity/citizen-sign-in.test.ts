import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../testing/test-app.ts";
import {
  formAction,
  openEidLogin,
  signInUntilCallback,
  signInWithEid,
  TestBrowser,
} from "./testing/browser.ts";
import { createListeningApp, type ListeningApp } from "./testing/listening-app.ts";

const AN = "038085012345"; // level 2
const BINH = "038192004567"; // level 2
const CUONG = "038201007890"; // level 1
const DUNG = "038178003456"; // organization representative, level 2

let t: ListeningApp;
beforeAll(async () => {
  t = await createListeningApp();
});
afterAll(() => t.close());

const me = (cookie: string) =>
  t.app.inject({ url: "/api/citizen/me", headers: { cookie: `motcua_citizen=${cookie}` } });

describe("ACC-3: signing in with the national e-ID (OpenID Connect code flow)", () => {
  it("a level-2 citizen signs in; the profile carries the e-ID's identity data", async () => {
    const browser = new TestBrowser();
    const page = await signInWithEid(browser, t.url, AN, "/api/citizen/me");
    expect(page.status, page.body).toBe(200);
    expect(page.url).toBe(`${t.url}/api/citizen/me`);
    expect(JSON.parse(page.body).citizen).toMatchObject({
      kind: "individual",
      fullName: "Nguyễn Văn An",
      identityNumber: AN,
      identityLevel: 2,
      identityCountsAsPresented: true,
      birthDate: "1985-04-12",
      gender: "male",
      address: "Số 12 phố Trần Phú, Phường Hạc Thành, Tỉnh Thanh Hóa",
      phone: "+84912345678",
      email: "nguyenvanan@example.vn",
      organization: null,
    });
    const row = await t.database.db
      .selectFrom("citizen")
      .selectAll()
      .where("identity_number", "=", AN)
      .executeTakeFirstOrThrow();
    expect(row.issuer).toBe(`${t.url}/eid`);
    expect(row.subject).toBe("vneid-sim-6f2d1a0c-0001");
    // SEC-2: the sign-in is in the audit trail, under the citizen's name.
    const audit = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "citizen.sign_in")
      .where("actor_id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_kind: "citizen", actor_name: "Nguyễn Văn An", outcome: "success" });
  });

  it("asks the provider for a code with PKCE (S256), state and nonce, and keeps none of them in the browser", async () => {
    const browser = new TestBrowser();
    const start = await browser.request(`${t.url}/api/citizen/auth/start?returnTo=/`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location") ?? "");
    expect(authorize.origin + authorize.pathname).toBe(`${t.url}/eid/auth`);
    const p = authorize.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe("motcua");
    expect(p.get("redirect_uri")).toBe(`${t.url}/api/citizen/auth/callback`);
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(p.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(p.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(p.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "profile", "identity"]));
    const cookie = start.headers.getSetCookie().find((c) => c.startsWith("motcua_citizen_signin="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/citizen\/auth/);
    // The verifier and nonce stay on the server, keyed by a hash of the cookie's token.
    const token = browser.cookie("motcua_citizen_signin") ?? "";
    const pending = await t.database.db.selectFrom("citizen_sign_in").selectAll().execute();
    expect(pending.some((r) => r.state === p.get("state") && r.nonce === p.get("nonce"))).toBe(true);
    expect(pending.some((r) => r.token_hash.toString("base64url") === token)).toBe(false);
  });

  it("opens an HttpOnly citizen session; signing in again updates the same citizen", async () => {
    const first = new TestBrowser();
    await signInWithEid(first, t.url, BINH);
    const second = new TestBrowser();
    await signInWithEid(second, t.url, BINH);
    const rows = await t.database.db
      .selectFrom("citizen")
      .select(["id", "created_at", "last_sign_in_at"])
      .where("identity_number", "=", BINH)
      .execute();
    expect(rows).toHaveLength(1);
    const sessions = await t.database.db
      .selectFrom("citizen_session")
      .select("citizen_id")
      .where("citizen_id", "=", rows[0]?.id ?? "")
      .execute();
    expect(sessions).toHaveLength(2);
    const cookie = first.cookie("motcua_citizen") ?? "";
    expect((await me(cookie)).json().citizen.fullName).toBe("Lê Thị Bình");
    // Only the SHA-256 of the token is stored.
    const stored = await t.database.db.selectFrom("citizen_session").select("token_hash").execute();
    expect(stored.some((s) => s.token_hash.toString("base64url") === cookie)).toBe(false);
  });

  it("a level-1 account is recorded at level 1, which does not count as presenting the ID card", async () => {
    const page = await signInWithEid(new TestBrowser(), t.url, CUONG);
    expect(JSON.parse(page.body).citizen).toMatchObject({
      fullName: "Trần Văn Cường",
      identityLevel: 1,
      identityCountsAsPresented: false,
    });
  });

  it("an organization's representative signs in as the organization, with its tax code and name", async () => {
    const page = await signInWithEid(new TestBrowser(), t.url, DUNG);
    expect(JSON.parse(page.body).citizen).toMatchObject({
      kind: "organization",
      fullName: "Phạm Thị Dung",
      identityNumber: DUNG,
      organization: { taxCode: "2801234567", name: "Công ty TNHH Thương mại và Dịch vụ Hạc Thành" },
    });
  });

  it("a relative returnTo is where the citizen lands, query included", async () => {
    const browser = new TestBrowser();
    const callback = await signInUntilCallback(browser, t.url, AN, "/ho-so/cua-toi?trang=2#moi");
    const response = await browser.request(callback);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/ho-so/cua-toi?trang=2#moi");
  });

  it("without returnTo the citizen lands on the portal home", async () => {
    const browser = new TestBrowser();
    const callback = await signInUntilCallback(browser, t.url, AN);
    expect((await browser.request(callback)).headers.get("location")).toBe("/");
  });
});

describe("refusals: wrong password, tampering, replay, open redirects", () => {
  it("a wrong password keeps the citizen on the e-ID login page with a Vietnamese error", async () => {
    const browser = new TestBrowser();
    const login = await openEidLogin(browser, t.url, "/api/citizen/me");
    expect(login.status).toBe(200);
    expect(login.body).toContain("Đăng nhập bằng tài khoản định danh điện tử VNeID (môi trường thử nghiệm)");
    const wrong = await browser.open(formAction(login, "login"), {
      form: { identityNumber: AN, password: "sai-mat-khau" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.url).toBe(formAction(login, "login"));
    expect(wrong.body).toContain("Số định danh cá nhân hoặc mật khẩu không đúng.");
    expect(wrong.body).toContain(`value="${AN}"`);
    expect(browser.cookie("motcua_citizen")).toBeUndefined();
    // The same login page still works with the right password.
    const consent = await browser.open(formAction(wrong, "login"), {
      form: { identityNumber: AN, password: "Vneid@2026" },
    });
    expect(consent.body).toContain("Cho phép chia sẻ thông tin");
  });

  it("an ID number that is not 12 digits is refused with its own message, and nothing typed is echoed unescaped", async () => {
    const browser = new TestBrowser();
    const login = await openEidLogin(browser, t.url);
    const page = await browser.open(formAction(login, "login"), {
      form: { identityNumber: '<script>alert("x")</script>', password: "Vneid@2026" },
    });
    expect(page.status).toBe(401);
    expect(page.body).toContain("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    expect(page.body).not.toContain("<script>");
    expect(page.body).toContain("&lt;script&gt;");
  });

  it("a tampered state is refused with a 4xx problem and no session", async () => {
    const browser = new TestBrowser();
    const callback = new URL(await signInUntilCallback(browser, t.url, AN));
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const response = await browser.request(callback.href, { accept: "application/json" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "CITIZEN_SIGN_IN_STATE_MISMATCH",
      detail: expect.stringContaining("Vui lòng đăng nhập lại"),
    });
    expect(browser.cookie("motcua_citizen")).toBeUndefined();
  });

  it("a replayed callback is refused: the pending sign-in is used once", async () => {
    const browser = new TestBrowser();
    const callback = await signInUntilCallback(browser, t.url, AN);
    const signInCookie = browser.cookieHeader(callback);
    expect((await browser.request(callback)).status).toBe(303);
    const replay = await fetch(callback, { headers: { cookie: signInCookie }, redirect: "manual" });
    expect(replay.status).toBe(400);
    expect((await replay.json()).code).toBe("CITIZEN_SIGN_IN_EXPIRED");
  });

  it("a callback in another browser (login CSRF) is refused: the sign-in is bound to the browser that started it", async () => {
    const victim = new TestBrowser();
    const callback = await signInUntilCallback(new TestBrowser(), t.url, BINH);
    const response = await victim.request(callback, { accept: "application/json" });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("CITIZEN_SIGN_IN_EXPIRED");
    expect(victim.cookie("motcua_citizen")).toBeUndefined();
  });

  it("a forged code is refused by the provider and answered as a 4xx problem, never a 500", async () => {
    const browser = new TestBrowser();
    const callback = new URL(await signInUntilCallback(browser, t.url, AN));
    callback.searchParams.set("code", "forged-code");
    const response = await browser.request(callback.href, { accept: "application/json" });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("CITIZEN_SIGN_IN_REJECTED");
  });

  it("ACC-3: declining at the e-ID comes back to the portal's sign-in page in a browser, a problem for the API", async () => {
    const browser = new TestBrowser();
    const login = await openEidLogin(browser, t.url, "/ho-so");
    const consent = await browser.open(formAction(login, "login"), {
      form: { identityNumber: CUONG, password: "Vneid@2026" },
    });
    const page = await browser.open(formAction(consent, "abort"), { form: {} }, (next) =>
      next.pathname.startsWith("/dang-nhap-cong-dan"),
    );
    expect(page.url).toMatch(/\/api\/citizen\/auth\/callback\?error=access_denied/);
    expect(page.status).toBe(303);
    // The portal's page says so; signing in again goes on to where the citizen was going.
    expect(page.headers.get("location")).toBe("/dang-nhap-cong-dan?huy=1&returnTo=%2Fho-so");

    const api = new TestBrowser("application/json");
    const cancelled = await openEidLogin(api, t.url);
    const back = await api.open(formAction(cancelled, "abort"), { form: {} });
    expect(back.status).toBe(403);
    expect(JSON.parse(back.body).code).toBe("CITIZEN_SIGN_IN_DENIED");
  });

  it("refuses returnTo outside the portal (no open redirect)", async () => {
    for (const returnTo of [
      "https://evil.example",
      "//evil.example/path",
      "/..//evil.example/x",
      "/.//evil.example/x",
      "/%2e%2e//evil.example/x",
      "/a/../..//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "http:/evil.example",
      "ho-so",
      "/a\nb",
    ]) {
      const response = await t.app.inject({
        url: `/api/citizen/auth/start?returnTo=${encodeURIComponent(returnTo)}`,
        headers: { host: new URL(t.url).host },
      });
      expect(response.statusCode, returnTo).toBe(400);
      expect(response.json().code, returnTo).toBe("CITIZEN_RETURN_TO_INVALID");
      expect(response.headers.location, returnTo).toBeUndefined();
    }
  });

  it("a sign-in started on localhost is moved to PUBLIC_URL (127.0.0.1 here), where its cookies live", async () => {
    const port = new URL(t.url).port;
    const response = await t.app.inject({
      url: "/api/citizen/auth/start?returnTo=/api/citizen/me",
      headers: { host: `localhost:${port}` },
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`${t.url}/api/citizen/auth/start?returnTo=/api/citizen/me`);
    const foreign = await t.app.inject({
      url: "/api/citizen/auth/start",
      headers: { host: "motcua.example.gov.vn" },
    });
    expect(String(foreign.headers.location)).toMatch(new RegExp(`^${t.url}/eid/auth\\?`));
  });
});

describe("citizen sessions are separate from officer sessions", () => {
  it("a citizen's cookie does not open officer routes", async () => {
    const browser = new TestBrowser();
    await signInWithEid(browser, t.url, AN);
    const citizenCookie = `motcua_citizen=${browser.cookie("motcua_citizen")}`;
    expect(
      (await t.app.inject({ url: "/api/citizen/me", headers: { cookie: citizenCookie } })).statusCode,
    ).toBe(200);
    const officerMe = await t.app.inject({ url: "/api/auth/me", headers: { cookie: citizenCookie } });
    expect(officerMe.statusCode).toBe(401);
    expect(officerMe.json().code).toBe("AUTH_REQUIRED");
    // Even presented under the officer cookie's name, a citizen token is no officer session.
    const renamed = await t.app.inject({
      url: "/api/auth/me",
      headers: { cookie: `motcua_session=${browser.cookie("motcua_citizen")}` },
    });
    expect(renamed.statusCode).toBe(401);
    const adminRoute = await t.app.inject({
      url: "/api/admin/calendar/history",
      headers: { cookie: citizenCookie },
    });
    expect(adminRoute.statusCode).toBe(401);
  });

  it("an officer's cookie does not open citizen routes", async () => {
    const officerCookie = await signInAs(t.app, "tthcc.motcua");
    for (const request of [
      { url: "/api/citizen/me" },
      { url: "/api/citizen/consents" },
      {
        url: "/api/citizen/consents",
        method: "POST" as const,
        payload: { purpose: "prefill_forms", granted: true },
      },
    ]) {
      const response = await t.app.inject({ ...request, headers: { cookie: officerCookie } });
      expect(response.statusCode, request.url).toBe(401);
      expect(response.json().code).toBe("CITIZEN_AUTH_REQUIRED");
    }
    const token = officerCookie.split("=")[1] ?? "";
    expect((await me(token)).statusCode).toBe(401);
  });

  it("no session, a forged token or an expired session: 401 CITIZEN_AUTH_REQUIRED", async () => {
    expect((await t.app.inject({ url: "/api/citizen/me" })).json()).toMatchObject({
      status: 401,
      code: "CITIZEN_AUTH_REQUIRED",
    });
    expect((await me("forged-token")).statusCode).toBe(401);
    const browser = new TestBrowser();
    await signInWithEid(browser, t.url, CUONG);
    const token = browser.cookie("motcua_citizen") ?? "";
    expect((await me(token)).statusCode).toBe(200);
    await t.database.db
      .updateTable("citizen_session")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await me(token)).statusCode).toBe(401);
  });

  it("sign-out closes the session on the server, not just the cookie", async () => {
    const browser = new TestBrowser();
    await signInWithEid(browser, t.url, DUNG);
    const token = browser.cookie("motcua_citizen") ?? "";
    const out = await t.app.inject({
      method: "POST",
      url: "/api/citizen/auth/logout",
      headers: { cookie: `motcua_citizen=${token}` },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === "motcua_citizen")?.value).toBe("");
    expect((await me(token)).statusCode).toBe(401);
  });
});
