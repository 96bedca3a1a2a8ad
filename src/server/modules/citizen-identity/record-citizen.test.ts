import { describe, expect, it } from "vitest";
import { identityFromClaims } from "./record-citizen.ts";

const base = { sub: "abc", name: "Nguyễn Văn An", identity_number: "038085012345", identity_level: 2 };

describe("ACC-3: the identity an e-ID vouches for, from its claims", () => {
  it("takes the standard and VNeID claims, NFC-normalized", () => {
    const decomposed = "Nguye\u0302\u0303n Va\u0306n An"; // "Nguyễn Văn An" in combining characters
    const identity = identityFromClaims({
      ...base,
      name: decomposed,
      birthdate: "1985-04-12",
      gender: "female",
      address: { formatted: "Số 12 phố Trần Phú" },
      phone_number: "+84912345678",
      email: "an@example.vn",
    });
    expect(identity).toMatchObject({
      subject: "abc",
      kind: "individual",
      fullName: "Nguyễn Văn An",
      identityLevel: 2,
      birthDate: "1985-04-12",
      gender: "female",
      address: "Số 12 phố Trần Phú",
    });
    expect(identity.fullName).toBe("Nguyễn Văn An".normalize("NFC"));
  });

  it("builds the name from family and given names when there is no full name", () => {
    const { name: _name, ...rest } = base;
    expect(identityFromClaims({ ...rest, family_name: "Lê Thị", given_name: "Bình" }).fullName).toBe(
      "Lê Thị Bình",
    );
  });

  it("a missing or odd level counts as level 1; malformed optional claims are dropped, not fatal", () => {
    const { identity_level: _level, ...rest } = base;
    expect(identityFromClaims(rest).identityLevel).toBe(1);
    expect(identityFromClaims({ ...base, identity_level: 3 }).identityLevel).toBe(1);
    expect(identityFromClaims({ ...base, identity_level: "2" }).identityLevel).toBe(2);
    const odd = identityFromClaims({ ...base, birthdate: "12/04/1985", email: 42, address: ["x"] });
    expect(odd).toMatchObject({ birthDate: null, email: null, address: null });
  });

  it("an organization needs both its tax code and its name", () => {
    expect(identityFromClaims({ ...base, organization_tax_code: "2801234567" }).kind).toBe("individual");
    expect(
      identityFromClaims({ ...base, organization_tax_code: "2801234567", organization_name: "Công ty A" }),
    ).toMatchObject({
      kind: "organization",
      organizationTaxCode: "2801234567",
      organizationName: "Công ty A",
    });
  });

  it("without an ID number or a name there is no one to sign in", () => {
    const { identity_number: _n, ...noNumber } = base;
    expect(() => identityFromClaims(noNumber)).toThrow(/không cung cấp đủ thông tin/);
    const { name: _name, ...noName } = base;
    expect(() => identityFromClaims(noName)).toThrow(/không cung cấp đủ thông tin/);
    expect(() => identityFromClaims({ ...base, sub: "" })).toThrow(/không cung cấp đủ thông tin/);
  });
});
