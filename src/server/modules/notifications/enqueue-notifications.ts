import type { Dossier, DossierEvent } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { notificationsFor } from "./notifications-for.ts";

/**
 * House rules 2 and 8: records what the applicant must be told about `events` in the outbox, in
 * the caller's transaction (the one that updates the dossier and appends the events), so a message
 * exists exactly when its change is committed. Each is due at once; the dispatcher sends it.
 * Nothing is recorded without an e-mail address. Idempotent: a message already recorded for the
 * same event is kept as it is.
 */
export async function enqueueNotifications(
  trx: Db,
  dossier: Dossier,
  events: readonly DossierEvent[],
): Promise<void> {
  const messages = notificationsFor(dossier, events);
  if (messages.length === 0) return;
  await trx
    .insertInto("notification_outbox")
    .values(
      messages.map((message) => ({
        dossier_id: message.dossierId,
        dossier_version: message.dossierVersion,
        dossier_code: message.dossierCode,
        kind: message.kind,
        rule: message.rule,
        recipient: message.recipient,
        subject: message.subject,
        body: message.body,
        next_attempt_at: new Date(message.at),
        created_at: new Date(message.at),
      })),
    )
    .onConflict((conflict) => conflict.columns(["dossier_id", "dossier_version", "kind"]).doNothing())
    .execute();
}
