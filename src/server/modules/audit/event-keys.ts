import { createHash, type Hash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/**
 * Dossier-event writers hold this lock shared until they commit; a checkpoint takes it alone
 * for an instant, so every event numbered up to the `seq` it reads has committed (an event's
 * `seq` is drawn before its transaction commits, so a later one may commit with a smaller one).
 */
const EVENT_WRITERS_LOCK = 7_402_613;

/** Called by every transaction that appends dossier events, before it appends them. */
export async function joinEventWriters(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock_shared(${EVENT_WRITERS_LOCK})`.execute(trx);
}

/** The last dossier-event `seq` such that every event up to it has committed. */
export function committedEventSeq(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${EVENT_WRITERS_LOCK})`.execute(trx);
    const last = await trx
      .selectFrom("dossier_event")
      .select("seq")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    return last?.seq ?? 0;
  });
}

interface EventKey {
  seq: number;
  dossier_id: string;
  version: number;
  hash: Buffer;
}

const BATCH = 10_000;

/** Events with after < seq <= upTo, in `seq` order, a batch at a time. */
export async function* eventKeys(db: Db, after: number, upTo: number): AsyncGenerator<EventKey[]> {
  let from = after;
  while (from < upTo) {
    const batch = await db
      .selectFrom("dossier_event")
      .select(["seq", "dossier_id", "version", "hash"])
      .where("seq", ">", from)
      .where("seq", "<=", upTo)
      .orderBy("seq")
      .limit(BATCH)
      .execute();
    if (batch.length === 0) return;
    yield batch;
    from = batch[batch.length - 1]?.seq ?? upTo;
  }
}

/** The digest of a checkpoint's events, chained from the previous checkpoint's digest. */
export function startEventDigest(previous: string | null): Hash {
  return createHash("sha256").update(previous ?? "genesis");
}

export function addToEventDigest(digest: Hash, event: EventKey): void {
  digest.update(`\n${event.seq} ${event.dossier_id} ${event.version} ${event.hash.toString("hex")}`);
}
