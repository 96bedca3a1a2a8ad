import { sql } from "kysely";
import type { ConsentChange } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { CONSENT_PURPOSES } from "./consent-purposes.ts";

/**
 * Gives or withdraws a consent (SEC-5, REC-5). Giving opens a record for the current text (a
 * record for an older text is closed first); withdrawing closes the open record. Records are never
 * deleted or reopened, so the history of who agreed to what, and when, stays. Idempotent.
 */
export async function changeConsent(db: Db, citizenId: string, change: ConsentChange): Promise<void> {
  const { textVersion } = CONSENT_PURPOSES[change.purpose];
  await db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom("citizen_consent")
      .select(["id", "text_version"])
      .where("citizen_id", "=", citizenId)
      .where("purpose", "=", change.purpose)
      .where("withdrawn_at", "is", null)
      .forUpdate()
      .executeTakeFirst();
    if (change.granted && open?.text_version === textVersion) return;
    if (open) {
      await trx
        .updateTable("citizen_consent")
        .set({ withdrawn_at: sql<Date>`now()` })
        .where("id", "=", open.id)
        .where("withdrawn_at", "is", null)
        .execute();
    }
    if (!change.granted) return;
    await trx
      .insertInto("citizen_consent")
      .values({ citizen_id: citizenId, purpose: change.purpose, text_version: textVersion })
      // A concurrent identical grant already opened the record: nothing more to do.
      .onConflict((oc) => oc.columns(["citizen_id", "purpose"]).where("withdrawn_at", "is", null).doNothing())
      .execute();
  });
}
