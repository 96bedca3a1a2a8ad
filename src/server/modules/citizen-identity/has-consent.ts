import type { ConsentPurpose } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { CONSENT_PURPOSES } from "./consent-purposes.ts";

/**
 * SEC-5 for other modules: may this citizen's personal data be reused for `purpose` now? Only a
 * consent in force for the current text counts (e.g. REC-5 pre-fills forms only when true).
 */
export async function hasConsent(db: Db, citizenId: string, purpose: ConsentPurpose): Promise<boolean> {
  const row = await db
    .selectFrom("citizen_consent")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where("purpose", "=", purpose)
    .where("text_version", "=", CONSENT_PURPOSES[purpose].textVersion)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}
