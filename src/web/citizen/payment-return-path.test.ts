import { describe, expect, it } from "vitest";
import { paymentReturnPath } from "./paths.ts";

describe("PAY-1: back from the payment platform", () => {
  it("leads from the citizen's own page to the dossier's page, keeping the transaction", () => {
    expect(paymentReturnPath("?ho-so=1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b&giao-dich=GD123")).toBe(
      "/cong-dan/ho-so/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b?giao-dich=GD123",
    );
    expect(paymentReturnPath("?ho-so=abc")).toBe("/cong-dan/ho-so/abc");
  });

  it("leaves the own page alone without a dossier, and never leaves the site", () => {
    expect(paymentReturnPath("")).toBeNull();
    expect(paymentReturnPath("?giao-dich=GD123")).toBeNull();
    expect(paymentReturnPath("?ho-so=//evil.example/x")).toBe("/cong-dan/ho-so/%2F%2Fevil.example%2Fx");
  });
});
