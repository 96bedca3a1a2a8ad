-- SAT-1..3 (issue 14): the applicants' ratings of a finished dossier, and feedback and petitions
-- (phản ánh, kiến nghị) with their answers. See src/server/modules/satisfaction/README.md.

-- SAT-1: one rating per dossier, by its applicant, after the result or a refusal. The officer is
-- the one-stop officer who last acted on it (received, returned or refused it), when known.
CREATE TABLE dossier_rating (
  dossier_id    uuid PRIMARY KEY REFERENCES dossier (id),
  agency_id     uuid NOT NULL REFERENCES agency (id),
  officer_id    uuid REFERENCES officer (id),
  citizen_id    uuid NOT NULL REFERENCES citizen (id),
  agency_level  text NOT NULL CHECK (agency_level IN ('very_satisfied', 'satisfied', 'unsatisfied')),
  officer_level text CHECK (officer_level IN ('very_satisfied', 'satisfied', 'unsatisfied')),
  comment       text CHECK (length(comment) <= 1000),
  rated_at      timestamptz NOT NULL,
  CHECK ((officer_id IS NULL) = (officer_level IS NULL))
);
CREATE INDEX dossier_rating_agency ON dossier_rating (agency_id);
CREATE INDEX dossier_rating_officer ON dossier_rating (officer_id) WHERE officer_id IS NOT NULL;

-- SAT-3: feedback and petitions, routed to an agency, due 10 working days after receipt on that
-- agency's calendar (computed by the application), answered by its officers.
CREATE TABLE feedback (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id        uuid NOT NULL REFERENCES agency (id),
  citizen_id       uuid REFERENCES citizen (id),
  contact_name     text CHECK (length(contact_name) BETWEEN 1 AND 200),
  contact_phone    text CHECK (length(contact_phone) BETWEEN 1 AND 20),
  contact_email    text CHECK (length(contact_email) BETWEEN 3 AND 254),
  subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  content          text NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
  dossier_code     text CHECK (length(dossier_code) <= 60),
  procedure_code   text CHECK (length(procedure_code) <= 60),
  received_at      timestamptz NOT NULL,
  due_at           timestamptz NOT NULL,
  answer           text CHECK (length(answer) BETWEEN 1 AND 4000),
  answer_published boolean NOT NULL DEFAULT false,
  answered_at      timestamptz,
  answered_by      uuid REFERENCES officer (id),
  -- Anonymous feedback carries a name and a way to answer it.
  CHECK (citizen_id IS NOT NULL OR (contact_name IS NOT NULL AND (contact_phone IS NOT NULL OR contact_email IS NOT NULL))),
  CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL))
);
CREATE INDEX feedback_agency_received ON feedback (agency_id, received_at DESC);
CREATE INDEX feedback_citizen ON feedback (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX feedback_published ON feedback (answered_at DESC) WHERE answer_published;
