import { sql } from "kysely";
import type { Dossier, DossierEvent } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { NATIONAL_PORTAL } from "./portal-switch.ts";
import { portalSyncPayload } from "./portal-sync-message.ts";

/**
 * INT-1: queues the national portal's message of a committed change ("national-portal"
 * destination, ordered per dossier, dedup key `${dossierId}:${version}`) in the caller's
 * transaction, so it exists exactly when the change is committed. Nothing when the portal need not
 * know (`portalSyncPayload`) or the sync is switched off for this deployment (the INSERT … SELECT
 * reads `integration_switch`, written at start-up).
 */
export async function enqueuePortalSync(
  trx: Db,
  dossier: Dossier,
  events: readonly DossierEvent[],
): Promise<void> {
  const payload = portalSyncPayload(dossier, events);
  if (!payload) return;
  const at = new Date(events[events.length - 1]?.at ?? dossier.lastEventAt);
  await sql`
    INSERT INTO outbox_message (destination, ordering_key, dedup_key, payload, next_attempt_at, created_at)
    SELECT ${NATIONAL_PORTAL}, ${dossier.id}, ${`${dossier.id}:${dossier.version}`},
           ${JSON.stringify(payload)}::jsonb, ${at}, ${at}
      FROM integration_switch
     WHERE destination = ${NATIONAL_PORTAL} AND enabled
    ON CONFLICT (destination, dedup_key) DO NOTHING`.execute(trx);
}
