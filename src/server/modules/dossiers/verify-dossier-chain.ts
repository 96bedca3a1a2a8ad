import type { Db } from "../../db/database.ts";
import { type ChainCheck, checkChain } from "./event-hash.ts";

/**
 * House rule 3: verifies the hash chain of one dossier's events, from the first. Reports the
 * first event whose hash, link to the previous one, or version does not hold. A dossier
 * without events reports `events: 0`.
 */
export async function verifyDossierChain(db: Db, dossierId: string): Promise<ChainCheck> {
  const rows = await db
    .selectFrom("dossier_event")
    .select(["type", "dossier_id", "version", "at", "actor", "rule", "payload", "prev_hash", "hash"])
    .where("dossier_id", "=", dossierId)
    .orderBy("version")
    .execute();
  return checkChain(rows);
}
