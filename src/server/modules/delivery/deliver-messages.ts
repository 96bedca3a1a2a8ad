import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { OutboxMessageRow } from "../../db/schema/delivery.ts";
import type { Clock } from "../dossiers/clock.ts";
import { DeliveryFailure, type Destination, retryDelay } from "./destination.ts";

export interface DeliveryOptions {
  /** At most this many messages in one round. */
  readonly batch: number;
  /** How long a claimed message is reserved for this worker (ms); then another may deliver it. */
  readonly leaseMs?: number;
  /**
   * Messages claimed together and sent at once (default 1), each of another ordering key. More
   * saves commits for a fast receiver; 1 keeps "a down receiver costs one attempt" exact.
   */
  readonly concurrency?: number;
}

interface DeliveryReport {
  delivered: number;
  /** Failed this time, to be tried again after the backoff. */
  retrying: number;
  /** Failed for the last time. */
  parked: number;
  /** The last delivery error of the round, as the sender worded it. */
  lastError: string | null;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

type Claimed = Pick<OutboxMessageRow, "id" | "ordering_key" | "payload" | "attempts"> & {
  lease_token: string;
};

/**
 * Claims up to `limit` of the oldest due messages of `destination` whose ordering key has no
 * earlier message still queued or parked (so at most one per key), and leases them (attempt
 * counted now, so a message that kills its workers is parked in the end too). Rows other workers
 * are claiming are skipped (SKIP LOCKED); a message whose lease is over (its worker died or
 * hangs) is due again.
 */
async function claim(
  db: Db,
  destination: string,
  now: number,
  leaseMs: number,
  limit: number,
): Promise<Claimed[]> {
  const at = new Date(now);
  const { rows } = await sql<Claimed>`
    WITH picked AS MATERIALIZED (
      SELECT c.id FROM outbox_message AS c
       WHERE c.destination = ${destination} AND c.status = 'queued' AND c.next_attempt_at <= ${at}
         AND (c.lease_until IS NULL OR c.lease_until <= ${at})
         AND NOT EXISTS (
           SELECT 1 FROM outbox_message AS p
            WHERE p.destination = c.destination AND p.ordering_key = c.ordering_key
              AND p.seq < c.seq AND p.status IN ('queued', 'parked'))
       ORDER BY c.seq
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    UPDATE outbox_message AS m
       SET lease_token = ${randomUUID()}, lease_until = ${new Date(now + leaseMs)},
           attempts = m.attempts + 1, last_attempt_at = ${at}
      FROM picked
     WHERE m.id = picked.id
    RETURNING m.id, m.ordering_key, m.payload, m.attempts, m.lease_token`.execute(db);
  return rows;
}

/** Sends within the lease: a sender still running when it ends is aborted and counted as failed. */
async function sendWithinLease(destination: Destination, message: Claimed, leaseMs: number): Promise<void> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeliveryFailure(`no answer within the lease (${leaseMs} ms)`, true));
    }, leaseMs);
  });
  const outgoing = {
    id: message.id,
    orderingKey: message.ordering_key,
    payload: message.payload,
    attempt: message.attempts,
  };
  try {
    await Promise.race([destination.send(outgoing, controller.signal), expiry]);
  } finally {
    clearTimeout(timer);
  }
}

type Outcome = { kind: "delivered" } | { kind: "retrying" | "parked"; error: string; down: boolean };

/** One message: sent, or the failure and whether it was its last attempt. */
async function attempt(destination: Destination, message: Claimed, leaseMs: number): Promise<Outcome> {
  try {
    await sendWithinLease(destination, message, leaseMs);
    return { kind: "delivered" };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const down = error instanceof DeliveryFailure && error.destinationDown;
    return { kind: message.attempts >= destination.maxAttempts ? "parked" : "retrying", error: text, down };
  }
}

/** The outcomes, in one transaction, each only if the lease is still ours (else another worker owns it now). */
async function record(
  db: Db,
  messages: readonly Claimed[],
  outcomes: readonly Outcome[],
  now: number,
): Promise<void> {
  const at = new Date(now);
  const release = { lease_token: null, lease_until: null };
  await db.transaction().execute(async (trx) => {
    for (const [index, message] of messages.entries()) {
      const outcome = outcomes[index] as Outcome;
      const changes =
        outcome.kind === "delivered"
          ? { ...release, status: "delivered" as const, delivered_at: at }
          : outcome.kind === "parked"
            ? { ...release, status: "parked" as const, parked_at: at, last_error: outcome.error }
            : {
                ...release,
                last_error: outcome.error,
                next_attempt_at: new Date(now + retryDelay(message.attempts)),
              };
      await trx
        .updateTable("outbox_message")
        .set(changes)
        .where("id", "=", message.id)
        .where("lease_token", "=", message.lease_token)
        .execute();
    }
  });
}

/**
 * A round for one destination: delivers up to `batch` due messages, `concurrency` at a time, in
 * order per ordering key, at least once (a worker that dies after the receiver accepted a message
 * but before recording it leaves the lease to expire, and the message is sent again with the same
 * id). A failure of the receiver or the connection ends the round; the others wait.
 */
export async function deliverMessages(
  db: Db,
  destination: Destination,
  clock: Clock,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, retrying: 0, parked: 0, lastError: null };
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const chunk = Math.max(1, options.concurrency ?? 1);
  for (let count = 0; count < options.batch; ) {
    const messages = await claim(
      db,
      destination.name,
      clock(),
      leaseMs,
      Math.min(chunk, options.batch - count),
    );
    if (messages.length === 0) break;
    const outcomes = await Promise.all(messages.map((message) => attempt(destination, message, leaseMs)));
    await record(db, messages, outcomes, clock());
    count += messages.length;
    for (const outcome of outcomes) {
      report[outcome.kind] += 1;
      if (outcome.kind !== "delivered") report.lastError = outcome.error;
    }
    if (outcomes.some((outcome) => outcome.kind !== "delivered" && outcome.down)) break;
  }
  return report;
}
