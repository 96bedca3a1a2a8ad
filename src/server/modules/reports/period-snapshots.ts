import type { Ii06aQuery, Ii06aReportAsServed, PeriodClose } from "../../../contracts/reports.ts";
import { civilFromDayNumber, dayNumberFromIso, daysInMonth } from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { reportPeriod } from "./report-period.ts";

/** A month (YYYY-MM) of an agency's subtree, or of the province when agencyId is null. */
export interface PeriodScope {
  month: string;
  agencyId: string | null;
}

/** A month as users read it: 2026-03 → 03/2026. */
export const shownMonth = (month: string) => month.split("-").reverse().join("/");

/** The snapshots (closed, and reopened ones) of a month and scope. */
export function snapshotsOf(db: Db, scope: PeriodScope) {
  return db
    .selectFrom("report_snapshot as s")
    .where("s.month", "=", scope.month)
    .where("s.agency_id", scope.agencyId === null ? "is" : "=", scope.agencyId)
    .select("s.id");
}

/** Who closed a month as users read it: the officer's name, or the system (RPT-4). */
export const SYSTEM_CLOSER = "Hệ thống (tự động chốt ngày làm việc cuối tháng)";
const closerName = (name: string | null) => name ?? SYSTEM_CLOSER;

/** A close as the API shows it, the officer by name. */
export async function periodCloseOf(db: Db, id: string): Promise<PeriodClose> {
  const row = await db
    .selectFrom("report_snapshot as s")
    .leftJoin("officer as o", "o.id", "s.closed_by")
    .select(["s.month", "s.agency_id", "s.closed_at", "o.full_name", "s.reopened_at", "s.reopen_reason"])
    .where("s.id", "=", id)
    .executeTakeFirstOrThrow();
  return {
    month: row.month,
    agencyId: row.agency_id,
    closedAt: row.closed_at.toISOString(),
    closedBy: closerName(row.full_name),
    reopenedAt: row.reopened_at?.toISOString() ?? null,
    reopenReason: row.reopen_reason,
  };
}

/**
 * RPT-3, RPT-4: Biểu II.06a as served: for a whole month that is closed for the same scope, the
 * snapshot taken when it was closed (flagged with who closed it and when); otherwise the live
 * figures.
 */
export async function getIi06aReportAsServed(db: Db, query: Ii06aQuery): Promise<Ii06aReportAsServed> {
  reportPeriod(query.from, query.to);
  const month = wholeMonthOf(query.from, query.to);
  const closed = month
    ? await snapshotsOf(db, { month, agencyId: query.agencyId ?? null })
        .leftJoin("officer as o", "o.id", "s.closed_by")
        .select(["s.report", "s.closed_at", "o.full_name"])
        .where("s.reopened_at", "is", null)
        .executeTakeFirst()
    : undefined;
  if (!closed) return { ...(await getIi06aReport(db, query)), closed: null };
  return {
    ...closed.report[query.by],
    closed: { closedAt: closed.closed_at.toISOString(), closedBy: closerName(closed.full_name) },
  };
}

/** YYYY-MM when the period is exactly one month from its 1st to its last day, else null. */
function wholeMonthOf(from: string, to: string): string | null {
  const first = civilFromDayNumber(dayNumberFromIso(from));
  const last = civilFromDayNumber(dayNumberFromIso(to));
  const whole =
    first.day === 1 &&
    last.year === first.year &&
    last.month === first.month &&
    last.day === daysInMonth(last.year, last.month);
  return whole ? from.slice(0, 7) : null;
}
