import { sql } from "kysely";
import { DEADLINE_RULES_VERSION } from "../../../domain/deadline/clock-state.ts";
import type { Db } from "../../db/database.ts";
import { jobAuditScope, noteAudit, withAuditScope } from "../audit/audit-scope.ts";
import { refreshTimeColumns } from "./refresh-time-columns.ts";

/**
 * CAL-4, CAL-9: when this version of motcua counts deadlines by other rules than the open
 * dossiers' stored time columns were computed with (an upgrade), recomputes those columns once,
 * as a calendar revision does, so the inbox boxes, the overdue figures and the reports follow the
 * rules the dossier pages already show. Run at start-up; several instances starting at once wait
 * for one another and only the first does the work. Returns the number of dossiers refreshed, or
 * null when the columns were already current.
 */
export async function refreshAfterRulesChange(db: Db, now: number): Promise<number | null> {
  return withAuditScope(jobAuditScope("deadline-rules-refresh"), () =>
    db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('deadline_rules_applied'))`.execute(trx);
      const applied = await trx.selectFrom("deadline_rules_applied").select("version").executeTakeFirst();
      if (applied?.version === DEADLINE_RULES_VERSION) return null;
      const refreshed = await refreshTimeColumns(trx, null, now);
      await trx
        .insertInto("deadline_rules_applied")
        .values({ version: DEADLINE_RULES_VERSION, applied_at: new Date(now) })
        .onConflict((conflict) =>
          conflict
            .column("singleton")
            .doUpdateSet({ version: DEADLINE_RULES_VERSION, applied_at: new Date(now) }),
        )
        .execute();
      noteAudit({
        objectType: "deadline_rules",
        detail: { from: applied?.version ?? null, to: DEADLINE_RULES_VERSION, refreshed },
      });
      return refreshed;
    }),
  );
}
