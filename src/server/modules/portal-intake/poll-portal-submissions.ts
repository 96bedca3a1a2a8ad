import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { jobAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import type { PortalClient } from "../national-portal/portal-client.ts";
import { SERVICES } from "../national-portal/wire.ts";
import { type IntakeSettings, receivePortalSubmission } from "./receive-portal-submission.ts";

/** The job that polls the portal, as the audit trail names it. */
export const INTAKE_POLL_JOB = "national-portal-intake";

/**
 * REC-10 by polling: asks the portal for the submissions after the stored cursor
 * (`LayDanhSachHoSoNop`, in order of `SoThuTu`) and takes each through the same intake as a push,
 * advancing the cursor after each one is recorded, so a stop in the middle loses nothing and a
 * submission delivered again (pushed too, or polled twice) still becomes one dossier. Each one is
 * audited with the job as actor. Returns how many were taken.
 */
export async function pollPortalSubmissions(
  db: Db,
  client: PortalClient,
  clock: Clock,
  settings: IntakeSettings,
): Promise<number> {
  const cursor = await db.selectFrom("portal_intake_cursor").select("last_seq").executeTakeFirst();
  const after = Number(cursor?.last_seq ?? 0);
  const answer = await client.call(SERVICES.listSubmitted, { sauSoThuTu: after });
  const submissions: unknown[] = Array.isArray(answer.result) ? answer.result : [];
  for (const submission of submissions) {
    await withAuditScope(jobAuditScope(INTAKE_POLL_JOB), () =>
      receivePortalSubmission(db, clock, settings, submission, "poll"),
    );
    const seq = (submission as { SoThuTu?: unknown } | null)?.SoThuTu;
    if (typeof seq === "number" && Number.isSafeInteger(seq) && seq > after)
      await advanceCursor(db, seq, clock());
  }
  return submissions.length;
}

async function advanceCursor(db: Db, seq: number, now: number): Promise<void> {
  await db
    .insertInto("portal_intake_cursor")
    .values({ last_seq: seq, updated_at: new Date(now) })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        last_seq: sql<number>`greatest(portal_intake_cursor.last_seq, excluded.last_seq)`,
        updated_at: new Date(now),
      }),
    )
    .execute();
}
