import type { Dossier, DossierEvent } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { enqueueMessages } from "../delivery/enqueue-messages.ts";
import { EMAIL, type EmailPayload } from "./email-destination.ts";
import { notificationsFor } from "./notifications-for.ts";

/**
 * House rules 2 and 8: records what the applicant must be told about `events` in the delivery
 * outbox ("email" destination, ordered per dossier), in the caller's transaction (the one that
 * updates the dossier and appends the events), so a message exists exactly when its change is
 * committed. Each is due at once; a delivery worker sends it. Nothing is recorded without an
 * e-mail address. Idempotent: a message already recorded for the same event and kind is kept.
 */
export async function enqueueNotifications(
  trx: Db,
  dossier: Dossier,
  events: readonly DossierEvent[],
): Promise<void> {
  await enqueueMessages(
    trx,
    notificationsFor(dossier, events).map((message) => {
      const payload: EmailPayload = {
        dossierId: message.dossierId,
        dossierVersion: message.dossierVersion,
        dossierCode: message.dossierCode,
        kind: message.kind,
        rule: message.rule,
        recipient: message.recipient,
        subject: message.subject,
        body: message.body,
      };
      return {
        destination: EMAIL,
        orderingKey: message.dossierId,
        dedupKey: `${message.dossierId}:${message.dossierVersion}:${message.kind}`,
        payload,
        at: message.at,
      };
    }),
  );
}
