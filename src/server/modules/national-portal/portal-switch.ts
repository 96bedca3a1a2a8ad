import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** The outbox destination of the national portal's dossier sync (INT-1). */
export const NATIONAL_PORTAL = "national-portal";

/**
 * INT-1: records whether this deployment syncs with the national portal (NATIONAL_PORTAL_ENABLED),
 * at start-up. Dossier changes queue portal messages only while it is on (`enqueuePortalSync`
 * reads it in their own transaction), so app instances and `npm run worker` processes agree
 * without the dossier store knowing the configuration. Never written: off.
 */
export async function recordPortalSwitch(db: Db, enabled: boolean, now: number): Promise<void> {
  await db
    .insertInto("integration_switch")
    .values({ destination: NATIONAL_PORTAL, enabled, updated_at: new Date(now) })
    .onConflict((conflict) =>
      conflict.column("destination").doUpdateSet({ enabled, updated_at: new Date(now) }),
    )
    .execute();
}

/** Whether the switch is on (a row saying so). */
export async function portalSwitchIsOn(db: Db): Promise<boolean> {
  const { rows } = await sql<{ on: boolean }>`
    SELECT EXISTS (SELECT 1 FROM integration_switch
                    WHERE destination = ${NATIONAL_PORTAL} AND enabled) AS on`.execute(db);
  return rows[0]?.on ?? false;
}
