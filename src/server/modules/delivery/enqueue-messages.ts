import type { Db } from "../../db/database.ts";

interface NewMessage {
  readonly destination: string;
  /** Messages of one key (a dossier's id) are delivered one after another, in writing order. */
  readonly orderingKey: string;
  /** Unique per destination: writing the same message again adds nothing. */
  readonly dedupKey?: string;
  readonly payload: unknown;
  /** When it was caused (the event's instant); due at once. */
  readonly at: number;
}

/**
 * Writes messages to the outbox in the caller's transaction (the one that makes the change that
 * causes them), so a message exists exactly when its change is committed. A message whose
 * `dedupKey` is already in the outbox for its destination is kept as it is.
 */
export async function enqueueMessages(trx: Db, messages: readonly NewMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await trx
    .insertInto("outbox_message")
    .values(
      messages.map((message) => ({
        destination: message.destination,
        ordering_key: message.orderingKey,
        dedup_key: message.dedupKey ?? null,
        payload: JSON.stringify(message.payload),
        next_attempt_at: new Date(message.at),
        created_at: new Date(message.at),
      })),
    )
    .onConflict((conflict) => conflict.columns(["destination", "dedup_key"]).doNothing())
    .execute();
}
