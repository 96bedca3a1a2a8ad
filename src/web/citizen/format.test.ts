import { describe, expect, it } from "vitest";
import { consentEvents, formatBirthDate, formatMoment, maskIdentityNumber } from "./format.ts";
import { citizenReturnPath } from "./paths.ts";

describe("citizen page formats", () => {
  it("masks the identity number but its last 4 digits", () => {
    expect(maskIdentityNumber("038085012345")).toBe("••••••••2345");
    expect(maskIdentityNumber("123")).toBe("123");
  });

  it("shows dates as dd/mm/yyyy and instants in Vietnam time", () => {
    expect(formatBirthDate("1985-03-07")).toBe("07/03/1985");
    expect(formatBirthDate("unknown")).toBe("unknown");
    expect(formatMoment("2026-03-01T17:05:00.000Z")).toBe("00:05 02/03/2026");
  });
});

describe("REC-5/SEC-5: consent history", () => {
  it("lists grants and withdrawals newest first, and tells a replaced text from a withdrawal", () => {
    const events = consentEvents([
      {
        purpose: "prefill_forms",
        textVersion: "2026-02",
        grantedAt: "2026-03-03T01:00:00Z",
        withdrawnAt: null,
      },
      {
        purpose: "prefill_forms",
        textVersion: "2026-01",
        grantedAt: "2026-03-01T01:00:00Z",
        withdrawnAt: "2026-03-03T01:00:00Z",
      },
      {
        purpose: "reuse_documents",
        textVersion: "2026-01",
        grantedAt: "2026-03-02T01:00:00Z",
        withdrawnAt: "2026-03-02T02:00:00Z",
      },
    ]);
    expect(events).toEqual([
      { kind: "granted", purpose: "prefill_forms", textVersion: "2026-02", at: "2026-03-03T01:00:00Z" },
      {
        kind: "superseded",
        purpose: "prefill_forms",
        textVersion: "2026-01",
        newVersion: "2026-02",
        at: "2026-03-03T01:00:00Z",
      },
      { kind: "withdrawn", purpose: "reuse_documents", textVersion: "2026-01", at: "2026-03-02T02:00:00Z" },
      { kind: "granted", purpose: "reuse_documents", textVersion: "2026-01", at: "2026-03-02T01:00:00Z" },
      { kind: "granted", purpose: "prefill_forms", textVersion: "2026-01", at: "2026-03-01T01:00:00Z" },
    ]);
  });
});

describe("after the citizen signs in", () => {
  it("goes back to the page that asked, else to the citizen's own page", () => {
    expect(citizenReturnPath({ from: "/thu-tuc/123?buoc=2" }, "")).toBe("/thu-tuc/123?buoc=2");
    expect(citizenReturnPath(null, "?returnTo=%2Fthu-tuc%2F9")).toBe("/thu-tuc/9");
    expect(citizenReturnPath({ from: "/" }, "")).toBe("/ca-nhan");
    expect(citizenReturnPath({ from: "/dang-nhap-cong-dan" }, "")).toBe("/ca-nhan");
    expect(citizenReturnPath(null, "")).toBe("/ca-nhan");
    expect(citizenReturnPath({ from: "/dang-nhap" }, "")).toBe("/ca-nhan");
    expect(citizenReturnPath({ from: "/quan-tri/tai-khoan/1" }, "")).toBe("/ca-nhan");
    expect(citizenReturnPath({ from: "/can-bo" }, "")).toBe("/ca-nhan");
    expect(citizenReturnPath({ from: "/can-bong-da" }, "")).toBe("/can-bong-da");
    expect(citizenReturnPath(null, "?returnTo=https://evil.example/")).toBe("/ca-nhan");
    expect(citizenReturnPath(null, "?returnTo=//evil.example/")).toBe("/ca-nhan");
  });
});
