import { createHash, timingSafeEqual } from "node:crypto";
import {
  DEMO_EID_ACCOUNTS,
  DEMO_EID_PASSWORD,
  type DemoEidAccount,
  fullNameOf,
} from "../../db/seed/demo-citizens.ts";

/** The claims the simulator releases, grouped by the scope that asks for them. */
export const SIMULATOR_CLAIMS = {
  openid: ["sub"],
  profile: ["name", "family_name", "given_name", "birthdate", "gender"],
  email: ["email", "email_verified"],
  phone: ["phone_number", "phone_number_verified"],
  address: ["address"],
  /** Custom scope: the e-ID's identity data (CCCD number, level) and the represented organization. */
  identity: ["identity_number", "identity_level", "organization_tax_code", "organization_name"],
};

export function demoAccountBySubject(subject: string): DemoEidAccount | undefined {
  return DEMO_EID_ACCOUNTS.find((a) => a.subject === subject);
}

/** The demo account with this ID number and password, or undefined (same work either way). */
export function verifyDemoAccount(identityNumber: string, password: string): DemoEidAccount | undefined {
  const account = DEMO_EID_ACCOUNTS.find((a) => a.identityNumber === identityNumber.trim());
  const matches = timingSafeEqual(digest(password), digest(DEMO_EID_PASSWORD));
  return account && matches ? account : undefined;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text.normalize("NFC")).digest();
}

/** Every claim of an account; the provider releases only those of the granted scopes. */
export function claimsOf(account: DemoEidAccount): Record<string, unknown> {
  const { address } = account;
  return {
    sub: account.subject,
    name: fullNameOf(account),
    family_name: account.familyName,
    given_name: account.givenName,
    birthdate: account.birthDate,
    gender: account.gender,
    email: account.email,
    email_verified: false,
    phone_number: account.phoneNumber,
    phone_number_verified: true,
    address: {
      formatted: `${address.streetAddress}, ${address.locality}, ${address.region}`,
      street_address: address.streetAddress,
      locality: address.locality,
      region: address.region,
      country: "VN",
    },
    identity_number: account.identityNumber,
    identity_level: account.identityLevel,
    ...(account.organization
      ? {
          organization_tax_code: account.organization.taxCode,
          organization_name: account.organization.name,
        }
      : {}),
  };
}
