import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("configuration", () => {
  it("has working defaults: port 3000, embedded database, demo data", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_DEMO_DATA).toBe(true);
  });

  it("refuses a bad value with a message naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO_DATA: "yes" })).toThrow(/SEED_DEMO_DATA/);
  });

  it("never echoes a variable that may hold credentials", () => {
    const attempt = () => loadConfig({ SMTP_URL: "http://mailer:s3cret-pw@mail.example.vn" });
    expect(attempt).toThrow(/SMTP_URL=\*\*\*/);
    expect(attempt).not.toThrow(/s3cret-pw/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://app:hunter2@db" })).not.toThrow(/hunter2/);
  });
});

describe("SEC-2: safe production defaults", () => {
  const production = {
    NODE_ENV: "production",
    PUBLIC_URL: "https://dichvucong.thanhhoa.gov.vn",
    EID_ISSUER_URL: "https://vneid.gov.vn/oidc",
    EID_CLIENT_ID: "motcua",
    EID_CLIENT_SECRET: "s3cret",
    NATIONAL_PORTAL_URL: "https://dichvucong.gov.vn/lgsp",
    NATIONAL_PORTAL_PASSWORD: "mat-khau-that",
    NATIONAL_PORTAL_INTAKE_TOKEN: "token-rieng-cua-tinh-0123456789",
    PAYMENT_PLATFORM_URL: "https://thanhtoan.dichvucong.gov.vn",
    PAYMENT_PLATFORM_SECRET: "khoa-bi-mat-rieng-cua-tinh-0123",
  };

  it("starts with a real e-ID provider, an https PUBLIC_URL and no demo data (off by default)", () => {
    expect(loadConfig(production).SEED_DEMO_DATA).toBe(false);
  });

  it("refuses demo data in production, naming the variable and the way out", () => {
    const attempt = () => loadConfig({ ...production, SEED_DEMO_DATA: "true" });
    expect(attempt).toThrow(/SEED_DEMO_DATA="true": .*admin/);
    expect(attempt).toThrow(/ALLOW_DEMO_IN_PRODUCTION=i-understand-this-is-insecure/);
  });

  it("refuses the e-ID simulator in production (no EID_ISSUER_URL)", () => {
    const { EID_ISSUER_URL, EID_CLIENT_ID, EID_CLIENT_SECRET, ...simulator } = production;
    expect(() => loadConfig(simulator)).toThrow(/EID_ISSUER_URL="": bắt buộc khi NODE_ENV=production/);
  });

  it("refuses the national portal simulator and the published intake token in production", () => {
    const { NATIONAL_PORTAL_URL, ...simulator } = production;
    expect(() => loadConfig(simulator)).toThrow(/NATIONAL_PORTAL_URL="": bắt buộc khi NODE_ENV=production/);
    expect(loadConfig({ ...simulator, NATIONAL_PORTAL_ENABLED: "false" }).NATIONAL_PORTAL_ENABLED).toBe(
      false,
    );
    const { NATIONAL_PORTAL_INTAKE_TOKEN, ...published } = production;
    expect(() => loadConfig(published)).toThrow(
      /NATIONAL_PORTAL_INTAKE_TOKEN=\*\*\*: phải đặt giá trị riêng/,
    );
  });

  it("PAY-1: refuses the payment platform simulator and the published secret in production", () => {
    const { PAYMENT_PLATFORM_URL, ...simulator } = production;
    expect(() => loadConfig(simulator)).toThrow(/PAYMENT_PLATFORM_URL="": bắt buộc khi NODE_ENV=production/);
    const { PAYMENT_PLATFORM_SECRET, ...published } = production;
    expect(() => loadConfig(published)).toThrow(/PAYMENT_PLATFORM_SECRET=\*\*\*: phải đặt giá trị riêng/);
  });

  it("accepts demo data and the simulator in production only when forced by the loud setting", () => {
    const demo = { NODE_ENV: "production", PUBLIC_URL: "https://demo.example.vn", SEED_DEMO_DATA: "true" };
    expect(() => loadConfig({ ...demo, ALLOW_DEMO_IN_PRODUCTION: "true" })).toThrow(
      /ALLOW_DEMO_IN_PRODUCTION/,
    );
    const forced = loadConfig({ ...demo, ALLOW_DEMO_IN_PRODUCTION: "i-understand-this-is-insecure" });
    expect(forced.SEED_DEMO_DATA).toBe(true);
    expect(forced.EID_ISSUER_URL).toBeUndefined();
  });

  it("requires an https PUBLIC_URL in production, even when forced", () => {
    const forced = { ...production, ALLOW_DEMO_IN_PRODUCTION: "i-understand-this-is-insecure" };
    expect(() => loadConfig({ ...forced, PUBLIC_URL: "http://dichvucong.thanhhoa.gov.vn" })).toThrow(
      /PUBLIC_URL="http:\/\/dichvucong.thanhhoa.gov.vn": .*https/,
    );
    expect(() => loadConfig({ ...forced, PUBLIC_URL: "" })).toThrow(/PUBLIC_URL/);
  });

  it("keeps development as it was: demo data and the simulator on plain http", () => {
    const config = loadConfig({ NODE_ENV: "development" });
    expect(config.SEED_DEMO_DATA).toBe(true);
    expect(config.PUBLIC_URL).toBe("http://localhost:3000");
  });
});

describe("TRUST_PROXY", () => {
  it("is off by default and takes true, a hop count or a list of addresses", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    const twoHops = loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY;
    if (typeof twoHops !== "function") throw new Error("a hop count is a function of the hop");
    expect([0, 1, 2].map((hop) => twoHops("10.0.0.1", hop))).toEqual([true, true, false]);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,loopback" }).TRUST_PROXY).toEqual([
      "10.0.0.5",
      "10.1.0.0/16",
      "loopback",
    ]);
  });

  it("refuses anything else, naming the variable", () => {
    expect(() => loadConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY="yes"/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.300" })).toThrow(/TRUST_PROXY/);
  });
});
