import type { ConsentPurpose, ConsentsResponse } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { CONSENT_PURPOSE_CODES, CONSENT_PURPOSES } from "./consent-purposes.ts";

/** A citizen's consents: each purpose with its text and whether it is in force, and the history. */
export async function listConsents(db: Db, citizenId: string): Promise<ConsentsResponse> {
  const rows = await db
    .selectFrom("citizen_consent")
    .select(["purpose", "text_version", "granted_at", "withdrawn_at"])
    .where("citizen_id", "=", citizenId)
    .where("purpose", "in", CONSENT_PURPOSE_CODES)
    .orderBy("granted_at", "desc")
    .orderBy("id", "desc")
    .execute();
  const consents = CONSENT_PURPOSE_CODES.map((purpose) => {
    const current = CONSENT_PURPOSES[purpose];
    const open = rows.find((r) => r.purpose === purpose && r.withdrawn_at === null);
    const granted = open?.text_version === current.textVersion;
    return {
      purpose,
      ...current,
      granted,
      grantedAt: granted && open ? open.granted_at.toISOString() : null,
      outdated: open !== undefined && !granted,
    };
  });
  const history = rows.map((r) => ({
    purpose: r.purpose as ConsentPurpose,
    textVersion: r.text_version,
    grantedAt: r.granted_at.toISOString(),
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
  }));
  return { consents, history };
}
