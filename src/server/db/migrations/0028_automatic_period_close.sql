-- RPT-4: a month is closed by the system on its last working day when nobody closed it by hand;
-- such a snapshot has no closing officer (closed_by null: "the system").
ALTER TABLE report_snapshot ALTER COLUMN closed_by DROP NOT NULL;
