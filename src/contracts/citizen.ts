import { z } from "zod";

/**
 * Citizens and organizations who sign in with the national e-ID (VNeID, ACC-3), and their consents
 * to the reuse of personal data (SEC-5, REC-5). No route takes a citizen id from the client: the
 * citizen is always the one of the session cookie `motcua_citizen`.
 */

/** `GET /api/citizen/auth/start?returnTo=/…`: where to come back after signing in. */
export const CitizenSignInStartQuery = z.object({
  /** A path of this site (`/…`); an absolute URL or `//host` is refused. Default `/`. */
  returnTo: z.string().max(2000).optional(),
});
export type CitizenSignInStartQuery = z.infer<typeof CitizenSignInStartQuery>;

/**
 * The portal's sign-in page for citizens; a sign-in cancelled at the e-ID comes back to it with
 * `?huy=1` (and the `returnTo` it started with), not to an API page.
 */
export const CITIZEN_SIGN_IN_PATH = "/dang-nhap-cong-dan";
export const SIGN_IN_CANCELLED_PARAM = "huy";

/** What the e-ID provider sends back to `GET /api/citizen/auth/callback`. */
export const CitizenSignInCallbackQuery = z.looseObject({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

export const CitizenKind = z.enum(["individual", "organization"]);
export type CitizenKind = z.infer<typeof CitizenKind>;

export const CitizenProfile = z.object({
  id: z.string(),
  kind: CitizenKind,
  fullName: z.string(),
  /** 12-digit personal identification number (số định danh cá nhân / CCCD). */
  identityNumber: z.string(),
  /** e-ID level: 1 (identity information) or 2 (verified in person). */
  identityLevel: z.union([z.literal(1), z.literal(2)]),
  /**
   * ACC-3: the identity data of a level-2 e-ID counts as presenting the ID card, so the citizen is
   * not asked for copies of it.
   */
  identityCountsAsPresented: z.boolean(),
  /** YYYY-MM-DD. */
  birthDate: z.string().nullable(),
  gender: z.enum(["male", "female", "other"]).nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The organization the person represents, for an organization account. */
  organization: z.object({ taxCode: z.string(), name: z.string() }).nullable(),
  /** Instant of the latest e-ID sign-in, when the identity data was last refreshed (ISO 8601). */
  lastSignInAt: z.string(),
});
export type CitizenProfile = z.infer<typeof CitizenProfile>;

export const CitizenMeResponse = z.object({ citizen: CitizenProfile });
export type CitizenMeResponse = z.infer<typeof CitizenMeResponse>;

/** Purposes a citizen may consent to (SEC-5). */
export const ConsentPurpose = z.enum(["prefill_forms", "reuse_documents"]);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const ConsentChange = z.strictObject({
  purpose: ConsentPurpose,
  /** true: give consent; false: withdraw it. */
  granted: z.boolean(),
});
export type ConsentChange = z.infer<typeof ConsentChange>;

export const ConsentStatus = z.object({
  purpose: ConsentPurpose,
  /** Vietnamese title and the text the citizen agrees to. */
  title: z.string(),
  text: z.string(),
  textVersion: z.string(),
  granted: z.boolean(),
  /** When the consent in force was given (ISO 8601), null when not granted. */
  grantedAt: z.string().nullable(),
  /** Granted for an older version of the text: ask again before relying on it. */
  outdated: z.boolean(),
});
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const ConsentRecord = z.object({
  purpose: ConsentPurpose,
  textVersion: z.string(),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const ConsentsResponse = z.object({
  consents: z.array(ConsentStatus),
  /** Every grant and withdrawal, newest first. */
  history: z.array(ConsentRecord),
});
export type ConsentsResponse = z.infer<typeof ConsentsResponse>;
