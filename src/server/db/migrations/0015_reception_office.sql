-- REC-9 (NĐ 118/2025): the one-stop office that received a dossier (a provincial or commune
-- public administrative service centre) may differ from the competent agency it was received for
-- (`receiving_agency_id`, whose workflow and code it follows) and from the place that returns the
-- result. `reception_office_id` is the office of the officer who received it at the counter or by
-- post; null for a dossier submitted online, where the competent agency is the receiving one.
-- Its tracking book (Mẫu 06) and the forms it issues (Mẫu 01, the first row of Mẫu 05) name it.
ALTER TABLE dossier ADD COLUMN reception_office_id uuid REFERENCES agency (id);

-- Dossiers received before: the office of the officer recorded on the reception event.
UPDATE dossier d
SET reception_office_id = o.agency_id
FROM dossier_event e
JOIN officer o ON o.id::text = e.actor ->> 'officerId'
WHERE e.dossier_id = d.id AND e.version = 1 AND e.type = 'dossier_received';

CREATE INDEX dossier_reception_office_idx ON dossier (reception_office_id, received_at)
  WHERE reception_office_id IS NOT NULL;
