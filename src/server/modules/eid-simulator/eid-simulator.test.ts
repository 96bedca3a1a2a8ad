import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { formAction, openEidLogin, TestBrowser } from "../citizen-identity/testing/browser.ts";
import { createListeningApp, type ListeningApp } from "../citizen-identity/testing/listening-app.ts";

let t: ListeningApp;
beforeAll(async () => {
  t = await createListeningApp();
});
afterAll(() => t.close());

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  code_challenge_methods_supported: string[];
  scopes_supported: string[];
  claims_supported: string[];
}

const discover = async (): Promise<Discovery> => {
  const response = await fetch(`${t.url}/eid/.well-known/openid-configuration`);
  expect(response.status).toBe(200);
  return (await response.json()) as Discovery;
};

describe("the embedded e-ID provider (VNeID simulator) at PUBLIC_URL/eid", () => {
  it("publishes its OpenID configuration under /eid: code flow with PKCE S256, the VNeID identity claims", async () => {
    const d = await discover();
    expect(d.issuer).toBe(`${t.url}/eid`);
    expect(d.authorization_endpoint).toBe(`${t.url}/eid/auth`);
    expect(d.token_endpoint).toBe(`${t.url}/eid/token`);
    expect(d.userinfo_endpoint).toBe(`${t.url}/eid/me`);
    expect(d.code_challenge_methods_supported).toEqual(["S256"]);
    expect(d.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "identity"]));
    expect(d.claims_supported).toEqual(
      expect.arrayContaining([
        "identity_number",
        "identity_level",
        "organization_tax_code",
        "organization_name",
      ]),
    );
  });

  it("signs with a key generated once and kept in PostgreSQL: another app instance on the database uses the same", async () => {
    const jwks = async (url: string) =>
      ((await (await fetch(url)).json()) as { keys: { kid: string; alg: string }[] }).keys;
    const keys = await jwks((await discover()).jwks_uri);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.alg).toBe("RS256");
    expect(JSON.stringify(keys)).not.toMatch(/"d":/);
    const stored = await t.database.db.selectFrom("eid_simulator_secret").selectAll().execute();
    expect(stored).toHaveLength(1);

    // A second instance (a restart, or another node behind the load balancer).
    const other = await buildApp(
      { ...loadConfig({ PUBLIC_URL: t.url }), LOG_LEVEL: "silent", WEB_DIST_DIR: "" },
      t.database.db,
    );
    try {
      const response = await other.inject({ url: "/eid/jwks" });
      expect(response.statusCode).toBe(200);
      expect(response.json().keys.map((k: { kid: string }) => k.kid)).toEqual(keys.map((k) => k.kid));
    } finally {
      await other.close();
    }
  });

  it("keeps the state of a sign-in in PostgreSQL, so another instance can continue it", async () => {
    const browser = new TestBrowser();
    const login = await openEidLogin(browser, t.url);
    const uid = new URL(login.url).pathname.split("/").at(-1) ?? "";
    const stored = await t.database.db
      .selectFrom("eid_simulator_store")
      .select(["model", "expires_at"])
      .where("id", "=", uid)
      .executeTakeFirstOrThrow();
    expect(stored.model).toBe("Interaction");
    expect(stored.expires_at?.getTime()).toBeGreaterThan(Date.now());

    const other = await buildApp(
      { ...loadConfig({ PUBLIC_URL: t.url }), LOG_LEVEL: "silent", WEB_DIST_DIR: "" },
      t.database.db,
    );
    try {
      const page = await other.inject({
        url: new URL(login.url).pathname,
        headers: { cookie: browser.cookieHeader(login.url) },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Số định danh cá nhân");
    } finally {
      await other.close();
    }
  });

  it("the login page is Vietnamese, lists the demo accounts, and is neither cached nor framed", async () => {
    const login = await openEidLogin(new TestBrowser(), t.url);
    expect(login.status).toBe(200);
    expect(login.body).toContain('<html lang="vi">');
    expect(login.body).toContain("Đăng nhập bằng tài khoản định danh điện tử VNeID (môi trường thử nghiệm)");
    expect(login.body).toContain("038085012345");
    expect(login.body).toContain("Mức 1");
    expect(login.body).toContain("Công ty TNHH Thương mại và Dịch vụ Hạc Thành");
    expect(login.headers.get("cache-control")).toBe("no-store");
    expect(login.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("the consent page says, in Vietnamese, what will be shared", async () => {
    const browser = new TestBrowser();
    const login = await openEidLogin(browser, t.url);
    const consent = await browser.open(formAction(login, "login"), {
      form: { identityNumber: "038178003456", password: "Vneid@2026" },
    });
    expect(consent.status).toBe(200);
    expect(consent.body).toContain("Xin chào <strong>Phạm Thị Dung</strong>");
    expect(consent.body).toContain("Số định danh cá nhân, mức độ định danh và tổ chức bạn đại diện");
    expect(consent.body).toContain("Đồng ý");
    expect(consent.body).toContain("Từ chối");
  });

  it("an interaction that does not exist, or belongs to another browser, is a Vietnamese error page", async () => {
    const unknown = await new TestBrowser().open(`${t.url}/eid/interaction/khong-ton-tai`);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain("Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ.");

    const login = await openEidLogin(new TestBrowser(), t.url);
    const stranger = new TestBrowser();
    const page = await stranger.open(formAction(login, "login"), {
      form: { identityNumber: "038085012345", password: "Vneid@2026" },
    });
    expect(page.status).toBe(400);
    expect(page.body).toContain("Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ.");
  });

  it("an authorization request from an unknown client gets the provider's error page in Vietnamese, not a redirect", async () => {
    const page = await new TestBrowser().open(
      `${t.url}/eid/auth?client_id=khong-dang-ky&response_type=code&scope=openid`,
    );
    expect(page.status).toBe(400);
    expect(page.body).toContain("Không thể đăng nhập");
    expect(page.body).toContain("invalid_client");
  });

  it("is not mounted when a real e-ID provider is configured", async () => {
    const app = await buildApp(
      {
        ...loadConfig({
          EID_ISSUER_URL: "https://sso.dichvucong.gov.vn",
          EID_CLIENT_ID: "motcua-thanhhoa",
          EID_CLIENT_SECRET: "secret",
        }),
        LOG_LEVEL: "silent",
        WEB_DIST_DIR: "",
      },
      t.database.db,
    );
    try {
      const response = await app.inject({ url: "/eid/.well-known/openid-configuration" });
      expect(response.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
