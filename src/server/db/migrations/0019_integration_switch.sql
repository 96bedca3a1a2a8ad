-- INT-1: whether a destination of the delivery outbox is switched on in this deployment
-- (NATIONAL_PORTAL_ENABLED for "national-portal"). The application writes it at start-up from its
-- configuration; the transaction of a dossier change queues a portal message only when the row
-- says so (INSERT … SELECT … WHERE enabled). Every app instance and every `npm run worker` thus
-- agrees on one value, and a dossier store that knows no configuration needs none. No row: off
-- (a database nobody has started an application on queues nothing).
CREATE TABLE integration_switch (
  destination  text PRIMARY KEY CHECK (destination ~ '^[a-z][a-z0-9-]{1,39}$'),
  enabled      boolean NOT NULL,
  updated_at   timestamptz NOT NULL
);
