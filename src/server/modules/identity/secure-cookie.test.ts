import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  // Plain http between the proxy and the app, TRUST_PROXY unset: only PUBLIC_URL says https.
  t = await createTestApp({ PUBLIC_URL: "https://motcua.example.gov.vn" });
});
afterAll(() => t.close());

describe("officer session cookie behind https", () => {
  it("is Secure on sign-in and on sign-out when PUBLIC_URL is https", async () => {
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "tuphap.chuyenvien", password: "Motcua@2026" },
    });
    const session = login.cookies.find((c) => c.name === "motcua_session");
    expect(session).toMatchObject({ secure: true, httpOnly: true });
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: `motcua_session=${session?.value}` },
    });
    expect(logout.cookies.find((c) => c.name === "motcua_session")).toMatchObject({ secure: true });
  });
});
