import { describe, expect, it } from "vitest";
import { checkPassword, generateTemporaryPassword, isStrongPassword } from "./password-policy.ts";

describe("password policy shown to officers (ACC-1)", () => {
  it("explains each rule the server applies", () => {
    expect(checkPassword("short", "an")).toEqual({
      length: false,
      classes: false,
      notUsername: true,
      notCommon: true,
    });
    expect(checkPassword("nguyen.an-Ab12345", "nguyen.an")).toMatchObject({ notUsername: false });
    expect(checkPassword("Matkhau#2026x", "an")).toMatchObject({ notCommon: false });
    expect(isStrongPassword("Motcua@2026", "admin")).toBe(true);
  });

  it("generates temporary passwords that pass the policy", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toHaveLength(14);
      expect(isStrongPassword(password, "hacthanh.congchuc")).toBe(true);
    }
  });
});
