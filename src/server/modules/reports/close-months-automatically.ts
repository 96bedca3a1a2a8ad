import type { FastifyBaseLogger } from "fastify";
import { civilFromDayNumber, localDayNumber } from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import { jobAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import { lastWorkingDayOf, monthRange, storeSnapshot } from "./close-period.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { type PeriodScope, snapshotsOf } from "./period-snapshots.ts";

/** Often enough that a month is closed within the hour after its last working day ends. */
const SWEEP_SECONDS = 3600;

/**
 * RPT-4: statistics are produced on the month's last working day. Once that day (in the
 * province's working calendar) has ended, a month nobody has closed is closed by the system for
 * the province and for each unit that had dossiers in it, exactly as an officer's close would
 * (close-period.ts). A month that was ever closed, even if reopened since, is left to people: a
 * reopened month is closed again by hand, with its corrections.
 */
export async function closeMonthsAutomatically(db: Db, now: number): Promise<PeriodScope[]> {
  const closed: PeriodScope[] = [];
  for (const month of candidateMonths(now)) {
    const province = { month, agencyId: null };
    if (localDayNumber(now) <= (await lastWorkingDayOf(db, province))) continue;
    for (const scope of [province, ...(await unitsOf(db, month))]) {
      if (await snapshotsOf(db, scope).executeTakeFirst()) continue;
      // Another instance closing the same month at the same moment: one snapshot, no error.
      const stored = await storeSnapshot(db, scope, null, now).catch(ignoreAlreadyClosed);
      if (stored) closed.push(scope);
    }
  }
  return closed;
}

function ignoreAlreadyClosed(error: unknown): null {
  if (error instanceof AppError && error.code === "PERIOD_ALREADY_CLOSED") return null;
  throw error;
}

/** The previous month and this one (whose last working day may be behind, before a weekend). */
function candidateMonths(now: number): string[] {
  const today = civilFromDayNumber(localDayNumber(now));
  const previous =
    today.month === 1 ? { year: today.year - 1, month: 12 } : { ...today, month: today.month - 1 };
  return [previous, today].map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}`);
}

/** The units with a row in the province's Biểu II.06a by unit for the month. */
async function unitsOf(db: Db, month: string): Promise<PeriodScope[]> {
  const report = await getIi06aReport(db, { ...monthRange(month), by: "unit" });
  return report.rows.map((row) => ({ month, agencyId: row.key }));
}

/** Runs the automatic close hourly, as the system. */
export function scheduleAutomaticMonthClose(db: Db, clock: Clock, log: FastifyBaseLogger) {
  return scheduleSweeps("automatic month close", SWEEP_SECONDS, log, () =>
    withAuditScope(jobAuditScope("report-close"), async () => {
      const closed = await closeMonthsAutomatically(db, clock());
      if (closed.length > 0) log.info({ closed }, "months closed on their last working day (RPT-4)");
    }),
  );
}
