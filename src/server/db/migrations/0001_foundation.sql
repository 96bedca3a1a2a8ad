-- Foundation: agencies (the organisation tree, CFG-3), officer accounts, roles and sessions.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agency (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id           uuid REFERENCES agency (id),
  -- Electronic identifier in the QCVN 102:2016 style, e.g. 000.00.06.H56. Stored, never derived.
  code                text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$'),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  level               text NOT NULL CHECK (level IN ('province', 'department', 'district', 'commune', 'unit')),
  address             text NOT NULL DEFAULT '',
  duty_officer_name   text,
  duty_officer_phone  text,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_parent_idx ON agency (parent_id);

CREATE TABLE officer (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  full_name      text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  agency_id      uuid NOT NULL REFERENCES agency (id),
  password_hash  text NOT NULL,
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'locked', 'revoked')),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officer_agency_idx ON officer (agency_id);

-- A role held by an officer over an agency subtree (the scope). PRC-9, ACC-*.
CREATE TABLE officer_role (
  officer_id       uuid NOT NULL REFERENCES officer (id),
  role             text NOT NULL CHECK (role IN ('one_stop_officer', 'specialist', 'unit_head', 'agency_leader',
                                                 'procedure_control', 'system_admin', 'operator')),
  scope_agency_id  uuid NOT NULL REFERENCES agency (id),
  PRIMARY KEY (officer_id, role, scope_agency_id)
);

-- Server-side sessions. The cookie carries a random token; only its SHA-256 is stored.
CREATE TABLE officer_session (
  token_hash    bytea PRIMARY KEY,
  officer_id    uuid NOT NULL REFERENCES officer (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  user_agent    text,
  ip            text
);
CREATE INDEX officer_session_officer_idx ON officer_session (officer_id);
CREATE INDEX officer_session_expiry_idx ON officer_session (expires_at);
