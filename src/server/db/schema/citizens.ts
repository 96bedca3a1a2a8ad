import type { ColumnType, Generated } from "kysely";

/** Table types of migration 0005_citizens.sql: citizens, their sessions and consents, the e-ID simulator. */
export interface CitizenTables {
  citizen: CitizenTable;
  citizen_session: CitizenSessionTable;
  citizen_sign_in: CitizenSignInTable;
  citizen_consent: CitizenConsentTable;
  eid_simulator_secret: EidSimulatorSecretTable;
  eid_simulator_store: EidSimulatorStoreTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type CitizenKind = "individual" | "organization";
export type Gender = "male" | "female" | "other";

export interface CitizenTable {
  id: Generated<string>;
  issuer: string;
  subject: string;
  kind: CitizenKind;
  identity_number: string;
  identity_level: 1 | 2;
  full_name: string;
  /** `date` column, read as YYYY-MM-DD text (see the cast in queries). */
  birth_date: ColumnType<Date | null, string | null, string | null>;
  gender: Gender | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  organization_tax_code: string | null;
  organization_name: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_sign_in_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CitizenSessionTable {
  token_hash: Buffer;
  citizen_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export interface CitizenSignInTable {
  token_hash: Buffer;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface CitizenConsentTable {
  id: Generated<number>;
  citizen_id: string;
  purpose: string;
  text_version: string;
  granted_at: CreatedAt;
  withdrawn_at: Date | null;
}

export interface EidSimulatorSecretTable {
  id: number;
  jwks: ColumnType<{ keys: Record<string, unknown>[] }, string, never>;
  cookie_keys: string[];
  client_secret: string;
  created_at: CreatedAt;
}

export interface EidSimulatorStoreTable {
  model: string;
  id: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  grant_id: string | null;
  user_code: string | null;
  uid: string | null;
  expires_at: Date | null;
  consumed_at: Date | null;
}
