import { sql } from "kysely";
import type { IntegrationHealth, IntegrationsOverview, ParkedMessage } from "../../../contracts/delivery.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { KNOWN_DESTINATIONS } from "./destination.ts";

const PARKED_SHOWN = 200;

interface CountsRow {
  destination: string;
  queued: string;
  delivered: string;
  failing: string;
  parked: string;
  blocked: string;
  oldest: Date | null;
}

/** An earlier parked message of the same destination and key holds `m` back. */
const behindParked = sql`EXISTS (
  SELECT 1 FROM outbox_message AS p
   WHERE p.destination = m.destination AND p.ordering_key = m.ordering_key
     AND p.seq < m.seq AND p.status = 'parked')`;

async function countsPerDestination(db: Db): Promise<CountsRow[]> {
  const { rows } = await sql<CountsRow>`
    SELECT m.destination,
           count(*) FILTER (WHERE m.status = 'queued') AS queued,
           count(*) FILTER (WHERE m.status = 'delivered') AS delivered,
           count(*) FILTER (WHERE m.status = 'queued' AND m.attempts > 0 AND m.last_error IS NOT NULL) AS failing,
           count(*) FILTER (WHERE m.status = 'parked') AS parked,
           count(*) FILTER (WHERE m.status = 'queued' AND ${behindParked}) AS blocked,
           min(m.created_at) FILTER (WHERE m.status = 'queued') AS oldest
      FROM outbox_message AS m
     GROUP BY m.destination`.execute(db);
  return rows;
}

async function lastErrors(db: Db): Promise<Map<string, { message: string; at: Date }>> {
  const rows = await db
    .selectFrom("outbox_message")
    .select(["destination", "last_error", "last_attempt_at"])
    .distinctOn("destination")
    .where("last_error", "is not", null)
    .where("last_attempt_at", "is not", null)
    .orderBy("destination")
    .orderBy("last_attempt_at", "desc")
    .execute();
  return new Map(
    rows.map((row) => [row.destination, { message: row.last_error ?? "", at: row.last_attempt_at as Date }]),
  );
}

async function parkedMessages(db: Db): Promise<ParkedMessage[]> {
  const rows = await db
    .selectFrom("outbox_message as m")
    .select((eb) => [
      "m.id",
      "m.destination",
      "m.ordering_key",
      "m.attempts",
      "m.last_error",
      "m.created_at",
      "m.parked_at",
      eb
        .selectFrom("outbox_message as f")
        .select((inner) => inner.fn.countAll<string>().as("n"))
        .whereRef("f.destination", "=", "m.destination")
        .whereRef("f.ordering_key", "=", "m.ordering_key")
        .whereRef("f.seq", ">", "m.seq")
        .where("f.status", "=", "queued")
        .as("followers"),
    ])
    .where("m.status", "=", "parked")
    .orderBy("m.seq")
    .limit(PARKED_SHOWN)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    destination: row.destination,
    orderingKey: row.ordering_key,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    parkedAt: row.parked_at?.toISOString() ?? null,
    blockedFollowers: Number(row.followers ?? 0),
  }));
}

function healthOf(
  destination: string,
  counts: CountsRow | undefined,
  lastError: { message: string; at: Date } | undefined,
  now: number,
): IntegrationHealth {
  return {
    destination,
    queued: Number(counts?.queued ?? 0),
    delivered: Number(counts?.delivered ?? 0),
    failing: Number(counts?.failing ?? 0),
    parked: Number(counts?.parked ?? 0),
    blocked: Number(counts?.blocked ?? 0),
    oldestWaitingSeconds: counts?.oldest
      ? Math.max(0, Math.round((now - counts.oldest.getTime()) / 1000))
      : null,
    lastError: lastError ? { message: lastError.message, at: lastError.at.toISOString() } : null,
  };
}

/**
 * Each integration's health (queued, delivered, failing, parked, blocked behind a parked message,
 * the oldest waiting message's age, the last error) and the parked messages an administrator can
 * retry or discard.
 */
export async function getIntegrationsOverview(db: Db, clock: Clock): Promise<IntegrationsOverview> {
  const [counts, errors, parked] = await Promise.all([
    countsPerDestination(db),
    lastErrors(db),
    parkedMessages(db),
  ]);
  const byName = new Map(counts.map((row) => [row.destination, row]));
  const names = [...new Set([...KNOWN_DESTINATIONS, ...byName.keys()])].sort();
  const now = clock();
  return {
    integrations: names.map((name) => healthOf(name, byName.get(name), errors.get(name), now)),
    parked,
  };
}
