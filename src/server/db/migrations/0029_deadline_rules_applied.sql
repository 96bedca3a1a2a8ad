-- CAL-4, CAL-9: the version of the deadline counting rules (DEADLINE_RULES_VERSION) the open
-- dossiers' stored time columns (due_at, inbox_due_at, late_warning_at, …) were last computed
-- with. When an upgrade brings new rules, the application recomputes them once at start-up
-- (refresh-after-rules-change.ts) and records the version here. One row at most.
CREATE TABLE deadline_rules_applied (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version     text NOT NULL,
  applied_at  timestamptz NOT NULL
);
