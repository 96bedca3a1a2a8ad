import { z } from "zod";
import type { Db } from "../../db/database.ts";
import type { CitizenKind, Gender } from "../../db/schema/citizens.ts";
import { SIGN_IN_ERRORS } from "./sign-in-errors.ts";

/** NFC-normalized, trimmed text; empty or malformed optional claims are dropped, not fatal. */
const text = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize("NFC").trim())
    .pipe(z.string().min(1).max(max))
    .optional()
    .catch(undefined);

/** The e-ID claims motcua uses (standard OpenID claims plus the VNeID identity scope). */
const Claims = z.object({
  sub: z.string().min(1).max(255),
  name: text(200),
  given_name: text(100),
  family_name: text(100),
  birthdate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(Date.parse(v)))
    .optional()
    .catch(undefined),
  gender: text(20),
  address: z
    .union([z.string(), z.object({ formatted: z.string().optional() }).transform((a) => a.formatted)])
    .pipe(text(500))
    .optional()
    .catch(undefined),
  phone_number: text(30),
  email: text(254),
  identity_number: z
    .union([z.string(), z.number().int().nonnegative()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^[0-9A-Za-z]{1,40}$/))
    .optional()
    .catch(undefined),
  identity_level: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .catch(1),
  organization_tax_code: text(20),
  organization_name: text(300),
});

export interface CitizenIdentity {
  subject: string;
  kind: CitizenKind;
  identityNumber: string;
  identityLevel: 1 | 2;
  fullName: string;
  birthDate: string | null;
  gender: Gender | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  organizationTaxCode: string | null;
  organizationName: string | null;
}

/**
 * The identity the e-ID vouches for, from its claims. Without an ID number or a name there is no
 * one to sign in (CITIZEN_IDENTITY_INCOMPLETE). A missing level counts as level 1, the weaker.
 */
export function identityFromClaims(claims: Record<string, unknown>): CitizenIdentity {
  const parsed = Claims.safeParse(claims);
  if (!parsed.success) throw SIGN_IN_ERRORS.incomplete;
  const c = parsed.data;
  const fullName = c.name ?? [c.family_name, c.given_name].filter(Boolean).join(" ");
  if (!c.identity_number || !fullName) throw SIGN_IN_ERRORS.incomplete;
  const organization = c.organization_tax_code && c.organization_name;
  return {
    subject: c.sub,
    kind: organization ? "organization" : "individual",
    identityNumber: c.identity_number,
    identityLevel: c.identity_level,
    fullName,
    birthDate: c.birthdate ?? null,
    gender: c.gender ? genderOf(c.gender) : null,
    address: c.address ?? null,
    phone: c.phone_number ?? null,
    email: c.email ?? null,
    organizationTaxCode: organization ? (c.organization_tax_code ?? null) : null,
    organizationName: organization ? (c.organization_name ?? null) : null,
  };
}

function genderOf(value: string): Gender {
  const v = value.toLowerCase();
  if (v === "male" || v === "nam") return "male";
  if (v === "female" || v === "nữ" || v === "nu") return "female";
  return "other";
}

/**
 * ACC-3: creates the citizen on their first sign-in, and refreshes their identity data from the
 * e-ID at every later one (the e-ID's data counts as presented documents). Returns the id.
 */
export async function recordCitizen(db: Db, issuer: string, identity: CitizenIdentity): Promise<string> {
  const now = new Date();
  const data = {
    kind: identity.kind,
    identity_number: identity.identityNumber,
    identity_level: identity.identityLevel,
    full_name: identity.fullName,
    birth_date: identity.birthDate,
    gender: identity.gender,
    address: identity.address,
    phone: identity.phone,
    email: identity.email,
    organization_tax_code: identity.organizationTaxCode,
    organization_name: identity.organizationName,
    updated_at: now,
    last_sign_in_at: now,
  };
  const row = await db
    .insertInto("citizen")
    .values({ issuer, subject: identity.subject, ...data })
    .onConflict((oc) => oc.columns(["issuer", "subject"]).doUpdateSet(data))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
