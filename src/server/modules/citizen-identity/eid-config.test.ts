import { describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { createTestDatabase } from "../../testing/test-database.ts";
import { safeReturnTo } from "./return-to.ts";

describe("e-ID configuration", () => {
  it("defaults to the embedded simulator with PUBLIC_URL http://localhost:PORT", () => {
    const config = loadConfig({ PORT: "8080" });
    expect(config.PUBLIC_URL).toBe("http://localhost:8080");
    expect(config.EID_ISSUER_URL).toBeUndefined();
    expect(config.EID_SCOPES).toContain("openid");
    expect(loadConfig({ PUBLIC_URL: "https://dichvucong.thanhhoa.gov.vn/" }).PUBLIC_URL).toBe(
      "https://dichvucong.thanhhoa.gov.vn",
    );
    expect(loadConfig({ EID_ISSUER_URL: "" }).EID_ISSUER_URL).toBeUndefined();
  });

  it("refuses bad values naming the variable", () => {
    const refused = (env: Record<string, string>, variable: string) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}=`));
    };
    refused({ PUBLIC_URL: "dichvucong.thanhhoa.gov.vn" }, "PUBLIC_URL");
    refused({ PUBLIC_URL: "https://dichvucong.thanhhoa.gov.vn/motcua" }, "PUBLIC_URL");
    refused({ EID_ISSUER_URL: "ftp://vneid" }, "EID_ISSUER_URL");
    refused({ EID_ISSUER_URL: "https://vneid.example" }, "EID_CLIENT_ID");
    refused({ EID_ISSUER_URL: "https://vneid.example", EID_CLIENT_ID: "motcua" }, "EID_CLIENT_SECRET");
    refused({ EID_SCOPES: "profile email" }, "EID_SCOPES");
    refused({ CITIZEN_SESSION_TTL_HOURS: "0" }, "CITIZEN_SESSION_TTL_HOURS");
  });

  it("a real provider that cannot be reached: 503 EID_UNAVAILABLE in Vietnamese, not a 500", async () => {
    const database = await createTestDatabase();
    const app = await buildApp(
      {
        ...loadConfig({
          EID_ISSUER_URL: "http://127.0.0.1:9/vneid",
          EID_CLIENT_ID: "motcua",
          EID_CLIENT_SECRET: "secret",
        }),
        LOG_LEVEL: "silent",
        WEB_DIST_DIR: "",
      },
      database.db,
    );
    try {
      const response = await app.inject({
        url: "/api/citizen/auth/start",
        headers: { host: "localhost:3000" },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        code: "EID_UNAVAILABLE",
        detail: expect.stringContaining("VNeID"),
      });
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe("returnTo", () => {
  const base = "https://dichvucong.thanhhoa.gov.vn";
  it("keeps paths of the portal, with their query and fragment", () => {
    expect(safeReturnTo(undefined, base)).toBe("/");
    expect(safeReturnTo("/ho-so?trang=2#moi", base)).toBe("/ho-so?trang=2#moi");
    expect(safeReturnTo("/a/../thu-tuc", base)).toBe("/thu-tuc");
  });
  it("refuses anything that could leave the portal", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:x",
      "x",
      "/\tx",
    ]) {
      expect(() => safeReturnTo(value, base), value).toThrow(/Địa chỉ quay lại không hợp lệ/);
    }
  });
});
