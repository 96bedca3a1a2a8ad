import { sql } from "kysely";
import { localIsoDate } from "../../../domain/calendar/dates.ts";
import { formatDossierCode } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";

/**
 * CODE-1: the next code of the receiving agency for the Vietnam date of `at`, allocated in the
 * caller's transaction (the reception's). The counter row stays locked until that transaction
 * ends, so receptions of one agency and day take their numbers one after another: no gap, no
 * duplicate, and a rolled-back reception gives its number back with the rollback. Never reused
 * (CODE-2): numbers only grow. Call it as late as possible in the reception (everything checked
 * first) so that the lock is held briefly.
 */
export async function allocateDossierCode(
  trx: Db,
  agency: { id: string; code: string },
  at: number,
): Promise<string> {
  const day = localIsoDate(at);
  const { rows } = await sql<{ last: number }>`
    INSERT INTO dossier_code_counter (agency_id, day, last) VALUES (${agency.id}, ${day}, 1)
    ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_code_counter.last + 1
    RETURNING last`.execute(trx);
  const sequence = rows[0]?.last;
  if (!sequence) throw new Error("dossier code counter returned nothing");
  return formatDossierCode(agency.code, at, sequence);
}
