-- REC-9: an online dossier is received by the office of the one-stop officer who accepts it (as
-- at the counter, 0015); set at acceptance from now on. Dossiers accepted before: the office of
-- the officer recorded on their acceptance event.
UPDATE dossier d
SET reception_office_id = o.agency_id
FROM dossier_event e
JOIN officer o ON o.id::text = e.actor ->> 'officerId'
WHERE d.reception_office_id IS NULL AND e.dossier_id = d.id AND e.type = 'online_dossier_accepted';

-- REC-3: when the 8 working hours to accept an online dossier ran out before its acceptance, the
-- breach was recorded (once, in the audit trail, by the scheduled jobs): the acceptance due it
-- breached. The partial index holds the candidates of the job: waiting, past due, not recorded.
ALTER TABLE dossier ADD COLUMN acceptance_breach_at timestamptz;
CREATE INDEX dossier_acceptance_breach_idx ON dossier (acceptance_due_at)
  WHERE status = 'awaiting_acceptance' AND acceptance_breach_at IS NULL;

