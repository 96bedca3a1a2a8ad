import type { PeriodClose } from "../../../contracts/reports.ts";
import {
  dayNumberFromCivil,
  daysInMonth,
  isoFromDayNumber,
  localDayNumber,
} from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import type { Clock } from "../dossiers/clock.ts";
import { getIi06aReport } from "./get-ii06a-report.ts";
import { type PeriodScope, periodCloseOf, shownMonth, snapshotsOf } from "./period-snapshots.ts";

/**
 * RPT-3, RPT-4: closes a month for an agency's subtree (or the province): from the month's last
 * working day (the agency's working calendar), its Biểu II.06a by unit and by field is stored as
 * computed now, and served for that month from then on, whatever later changes (a cancellation, a
 * late reception) would do to the live figures. A closed month is closed once; reopen it first.
 */
export async function closePeriod(
  db: Db,
  scope: PeriodScope,
  officerId: string,
  clock: Clock,
): Promise<PeriodClose> {
  const lastWorkingDay = await lastWorkingDayOf(db, scope);
  const now = clock();
  if (localDayNumber(now) < lastWorkingDay) throw tooEarly(scope.month, lastWorkingDay);
  if (await snapshotsOf(db, scope).where("reopened_at", "is", null).executeTakeFirst())
    throw alreadyClosed(scope.month);
  return periodCloseOf(db, await storeSnapshot(db, scope, officerId, now));
}

/** RPT-4: the month's last working day in the scope's working calendar, as a day number. */
export async function lastWorkingDayOf(db: Db, scope: PeriodScope): Promise<number> {
  const { calendar } = await loadWorkingCalendar(db, scope.agencyId);
  const days = monthDays(scope.month);
  let day = days.last;
  while (day > days.first && !calendar.isWorkingDay(isoFromDayNumber(day))) day -= 1;
  return day;
}

/**
 * Stores the month's Biểu II.06a by unit and by field as computed now, closed by the officer (or
 * the system: null), audited; the id of the snapshot. A second close of a closed month is refused
 * by the database (one closed snapshot per scope and month).
 */
export async function storeSnapshot(
  db: Db,
  scope: PeriodScope,
  closedBy: string | null,
  now: number,
): Promise<string> {
  const query = { ...monthRange(scope.month), agencyId: scope.agencyId ?? undefined };
  const report = {
    unit: await getIi06aReport(db, { ...query, by: "unit" }, now),
    field: await getIi06aReport(db, { ...query, by: "field" }, now),
  };
  return db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto("report_snapshot")
        .values({
          agency_id: scope.agencyId,
          month: scope.month,
          report: JSON.stringify(report),
          closed_by: closedBy,
          closed_at: new Date(now),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      noteAudit({
        objectType: "report_snapshot",
        objectId: row.id,
        detail: { month: scope.month, agencyId: scope.agencyId },
      });
      return row.id;
    })
    .catch((error: unknown) => {
      throw (error as { code?: string }).code === "23505" ? alreadyClosed(scope.month) : error;
    });
}

/** A YYYY-MM month as a report period: its first and last days, ISO. */
export function monthRange(month: string): { from: string; to: string } {
  const days = monthDays(month);
  return { from: isoFromDayNumber(days.first), to: isoFromDayNumber(days.last) };
}

/** The first and last day numbers of a YYYY-MM month. */
function monthDays(month: string): { first: number; last: number } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return {
    first: dayNumberFromCivil(year, monthNumber, 1),
    last: dayNumberFromCivil(year, monthNumber, daysInMonth(year, monthNumber)),
  };
}

function tooEarly(month: string, lastWorkingDay: number): AppError {
  const day = isoFromDayNumber(lastWorkingDay).split("-").reverse().join("/");
  return new AppError(
    409,
    "PERIOD_CLOSE_TOO_EARLY",
    `Chưa thể chốt số liệu tháng ${shownMonth(month)}: kỳ báo cáo chỉ được chốt từ ngày làm việc cuối cùng của tháng (${day}).`,
  );
}

function alreadyClosed(month: string): AppError {
  return new AppError(
    409,
    "PERIOD_ALREADY_CLOSED",
    `Số liệu tháng ${shownMonth(month)} đã được chốt; muốn chốt lại, hãy mở lại kỳ (kèm lý do) trước.`,
  );
}
