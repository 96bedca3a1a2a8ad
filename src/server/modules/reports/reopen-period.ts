import type { PeriodClose } from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import { requireAgency } from "../organization/require-agency.ts";
import { type PeriodScope, periodCloseOf, shownMonth } from "./period-snapshots.ts";

/**
 * RPT-3, RPT-4: reopens a closed month with a reason: its Biểu II.06a is live again until the
 * next close, which takes a new snapshot. The reopened snapshot is kept with who reopened it, when
 * and why, and the request's audit record names it and the reason (SEC-2).
 */
export async function reopenPeriod(
  db: Db,
  scope: PeriodScope,
  reopening: { officerId: string; reason: string },
  clock: Clock,
): Promise<PeriodClose> {
  if (scope.agencyId) await requireAgency(db, scope.agencyId);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("report_snapshot")
      .set({
        reopened_by: reopening.officerId,
        reopened_at: new Date(clock()),
        reopen_reason: reopening.reason,
      })
      .where("month", "=", scope.month)
      .where("agency_id", scope.agencyId === null ? "is" : "=", scope.agencyId)
      .where("reopened_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!row) throw notClosed(scope.month);
    noteAudit({
      objectType: "report_snapshot",
      objectId: row.id,
      detail: { month: scope.month, agencyId: scope.agencyId, reason: reopening.reason },
    });
    return row.id;
  });
  return periodCloseOf(db, id);
}

function notClosed(month: string): AppError {
  return new AppError(
    409,
    "PERIOD_NOT_CLOSED",
    `Số liệu tháng ${shownMonth(month)} chưa được chốt nên không cần mở lại.`,
  );
}
