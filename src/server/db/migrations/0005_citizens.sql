-- Citizens and organizations who sign in with the national e-ID (ACC-3), their sessions, their
-- consents to reuse personal data (SEC-5, REC-5), and the state of the embedded e-ID simulator.

-- A person or organization known from an e-ID sign-in. The e-ID's identity data counts as presented
-- documents (ACC-3), so it is refreshed from the provider's claims at every sign-in.
CREATE TABLE citizen (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Who vouches for the identity: the OpenID provider's issuer URL and its subject identifier.
  issuer                  text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
  subject                 text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
  kind                    text NOT NULL CHECK (kind IN ('individual', 'organization')),
  -- Personal identification number (số định danh cá nhân, the 12-digit CCCD number).
  identity_number         text NOT NULL CHECK (length(identity_number) BETWEEN 1 AND 40),
  -- 1: identity information only; 2: verified in person, counts as presenting the ID card.
  identity_level          smallint NOT NULL CHECK (identity_level IN (1, 2)),
  full_name               text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  birth_date              date,
  gender                  text CHECK (gender IN ('male', 'female', 'other')),
  address                 text,
  phone                   text,
  email                   text,
  organization_tax_code   text,
  organization_name       text,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (issuer, subject),
  CHECK (kind = 'individual' OR (organization_tax_code IS NOT NULL AND organization_name IS NOT NULL))
);
CREATE INDEX citizen_identity_number_idx ON citizen (identity_number);
CREATE INDEX citizen_organization_tax_code_idx ON citizen (organization_tax_code)
  WHERE organization_tax_code IS NOT NULL;

-- Server-side citizen sessions (cookie `motcua_citizen`). Only the SHA-256 of the token is stored.
CREATE TABLE citizen_session (
  token_hash    bytea PRIMARY KEY,
  citizen_id    uuid NOT NULL REFERENCES citizen (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  user_agent    text,
  ip            text
);
CREATE INDEX citizen_session_citizen_idx ON citizen_session (citizen_id);
CREATE INDEX citizen_session_expiry_idx ON citizen_session (expires_at);

-- A sign-in in progress: what the callback must find again (state, nonce, PKCE verifier, where to
-- return). Bound to the browser by a cookie whose token's SHA-256 is the key; used once.
CREATE TABLE citizen_sign_in (
  token_hash     bytea PRIMARY KEY,
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  return_to      text NOT NULL CHECK (return_to LIKE '/%'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL
);
CREATE INDEX citizen_sign_in_expiry_idx ON citizen_sign_in (expires_at);

-- Consent to a purpose of reusing personal data (SEC-5; REC-5 pre-filling). Granting adds a row;
-- withdrawing closes the open row (withdrawn_at), once. Rows are never deleted: the history stays.
CREATE TABLE citizen_consent (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  citizen_id     uuid NOT NULL REFERENCES citizen (id),
  purpose        text NOT NULL CHECK (purpose ~ '^[a-z][a-z0-9_]{1,62}$'),
  -- Version of the consent text the citizen agreed to.
  text_version   text NOT NULL,
  granted_at     timestamptz NOT NULL DEFAULT now(),
  withdrawn_at   timestamptz,
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at)
);
CREATE INDEX citizen_consent_citizen_idx ON citizen_consent (citizen_id, purpose, granted_at);
CREATE UNIQUE INDEX citizen_consent_open_idx ON citizen_consent (citizen_id, purpose) WHERE withdrawn_at IS NULL;

-- The embedded e-ID simulator (development and tests only): its signing keys, cookie keys and the
-- secret of motcua's client registration, generated once so that restarts keep sessions valid.
CREATE TABLE eid_simulator_secret (
  id             smallint PRIMARY KEY CHECK (id = 1),
  jwks           jsonb NOT NULL,
  cookie_keys    text[] NOT NULL,
  client_secret  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- The simulator's protocol state (sessions, interactions, codes, tokens, grants), shared by every
-- app instance: the oidc-provider adapter contract, one row per (model, id).
CREATE TABLE eid_simulator_store (
  model        text NOT NULL,
  id           text NOT NULL,
  payload      jsonb NOT NULL,
  grant_id     text,
  user_code    text,
  uid          text,
  expires_at   timestamptz,
  consumed_at  timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX eid_simulator_store_grant_idx ON eid_simulator_store (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX eid_simulator_store_uid_idx ON eid_simulator_store (model, uid) WHERE uid IS NOT NULL;
CREATE INDEX eid_simulator_store_user_code_idx ON eid_simulator_store (model, user_code) WHERE user_code IS NOT NULL;
CREATE INDEX eid_simulator_store_expiry_idx ON eid_simulator_store (expires_at);
