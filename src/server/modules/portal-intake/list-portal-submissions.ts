import { sql } from "kysely";
import type { PortalSubmissionList, PortalSubmissionStatus } from "../../../contracts/portal-intake.ts";
import type { Db } from "../../db/database.ts";

const LIMIT = 200;

/**
 * REC-10: the submissions received from the national portal that the provincial office looks
 * at: by default those parked (waiting for a retry or a discard) or still in processing, the
 * oldest first, with the reason in Vietnamese and what the body says of procedure and agency.
 */
export async function listPortalSubmissions(
  db: Db,
  status: PortalSubmissionStatus | undefined,
): Promise<PortalSubmissionList> {
  const rows = await db
    .selectFrom("portal_submission as s")
    .leftJoin("dossier as d", "d.id", "s.dossier_id")
    .select([
      "s.national_code",
      "s.source",
      "s.status",
      "s.reason_code",
      "s.reason",
      "s.discard_reason",
      "s.attempts",
      "s.received_at",
      "s.updated_at",
      "s.dossier_id",
      "d.code as dossier_code",
      sql<string | null>`s.payload ->> 'MaTTHC'`.as("procedure_code"),
      sql<string | null>`s.payload ->> 'MaCoQuan'`.as("agency_code"),
    ])
    .where("s.status", "in", status ? [status] : ["parked", "pending"])
    .orderBy("s.received_at")
    .limit(LIMIT)
    .execute();
  return {
    submissions: rows.map((row) => ({
      nationalCode: row.national_code,
      source: row.source,
      status: row.status,
      reasonCode: row.reason_code,
      reason: row.reason,
      discardReason: row.discard_reason,
      attempts: row.attempts,
      receivedAt: row.received_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      procedureCode: row.procedure_code,
      agencyCode: row.agency_code,
      dossierId: row.dossier_id,
      dossierCode: row.dossier_code,
    })),
  };
}
