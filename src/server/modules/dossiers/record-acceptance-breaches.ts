import type { ExpressionBuilder } from "kysely";
import type { Db } from "../../db/database.ts";
import type { DossierTable } from "../../db/schema/dossiers.ts";
import type { Database } from "../../db/schema.ts";
import { jobAuditScope, noteAudit, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "./clock.ts";

/**
 * REC-3: an online dossier not accepted (nor sent back, nor refused) within 8 working hours of
 * the system's receipt is a breach, which the system reports. One sweep records each new breach
 * once, in the audit trail (SEC-2): a system record "JOB acceptance-breach" on the dossier naming
 * the rule and the due breached, committed with `acceptance_breach_at` so that the next sweep
 * (or a concurrent one: `FOR UPDATE SKIP LOCKED`) leaves it alone. The inbox shows the breach
 * already (overdue box, `acceptance.late`, list-inbox.ts); this is the record that stays.
 */

export const ACCEPTANCE_BREACH_JOB = "acceptance-breach";

/** Dossiers recorded per sweep; the rest wait for the next sweep. */
const BATCH = 500;

type Eb = ExpressionBuilder<Database & { d: DossierTable }, "d">;

const breachedUnrecorded = (eb: Eb, now: Date) =>
  eb.and([
    eb("d.status", "=", "awaiting_acceptance"),
    eb("d.acceptance_due_at", "<=", now),
    eb("d.acceptance_breach_at", "is", null),
  ]);

/** Records the breaches due now; returns how many this sweep recorded and left to another one. */
export async function recordAcceptanceBreaches(
  db: Db,
  clock: Clock,
): Promise<{ applied: number; refused: number; skipped: number }> {
  const counts = { applied: 0, refused: 0, skipped: 0 };
  const candidates = await db
    .selectFrom("dossier as d")
    .select("d.id")
    .where((eb) => breachedUnrecorded(eb, new Date(clock())))
    .orderBy("d.acceptance_due_at")
    .limit(BATCH)
    .execute();
  for (const { id } of candidates) {
    if (await recordOne(db, clock, id)) counts.applied += 1;
    else counts.skipped += 1;
  }
  return counts;
}

async function recordOne(db: Db, clock: Clock, dossierId: string): Promise<boolean> {
  return withAuditScope(jobAuditScope(ACCEPTANCE_BREACH_JOB), () =>
    db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("dossier as d")
        .select(["d.id", "d.code", "d.receiving_agency_id", "d.acceptance_due_at", "d.submitted_at"])
        .where("d.id", "=", dossierId)
        .where((eb) => breachedUnrecorded(eb, new Date(clock())))
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row?.acceptance_due_at) return false;
      noteAudit({
        objectType: "dossier",
        objectId: row.id,
        detail: {
          rule: "REC-3",
          breach: "online_acceptance",
          code: row.code,
          agencyId: row.receiving_agency_id,
          submittedAt: row.submitted_at.toISOString(),
          due: row.acceptance_due_at.toISOString(),
        },
      });
      await trx
        .updateTable("dossier")
        .set({ acceptance_breach_at: row.acceptance_due_at })
        .where("id", "=", row.id)
        .execute();
      return true;
    }),
  );
}
