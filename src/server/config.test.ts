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
