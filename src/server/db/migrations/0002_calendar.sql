-- Working-time calendars (CAL-1..4). The national default calendar (agency_id NULL) and each
-- agency's differences (working hours, extra days) are kept as numbered revisions: a change
-- appends a revision, nothing is updated, so every past calendar and who changed it stays known.
CREATE TABLE calendar_revision (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id       uuid REFERENCES agency (id),
  revision        int NOT NULL CHECK (revision > 0),
  -- NULL for an agency: inherit from the parent agency, then the national calendar.
  working_hours   jsonb CHECK (working_hours IS NULL OR jsonb_typeof(working_hours) = 'array'),
  overrides       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(overrides) = 'array'),
  official_years  int[] NOT NULL DEFAULT '{}',
  change_summary  text NOT NULL,
  changed_by      uuid REFERENCES officer (id),
  changed_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE NULLS NOT DISTINCT (agency_id, revision),
  CHECK (agency_id IS NOT NULL OR working_hours IS NOT NULL)
);
