import type {
  PublicFigures,
  PublicStatistics,
  PublicStatisticsQuery,
} from "../../../contracts/public-statistics.ts";
import type { Ii06aFigures } from "../../../contracts/reports.ts";
import { dayNumberFromIso } from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { getIi06aReportAsServed } from "./period-snapshots.ts";
import { reportPeriod } from "./report-period.ts";

/** The longest period the public statistics answer (a year; a leap year's 366 days). */
const MAX_PUBLIC_DAYS = 366;

/**
 * RPT-6: handling statistics per agency and period for the public. The figures are Biểu II.06a's
 * by unit as served (RPT-7: not counted again; a closed month is its stored snapshot, RPT-3), cut
 * down to aggregates: agencies and numbers, never a dossier, an applicant or an officer.
 */
export async function getPublicStatistics(db: Db, query: PublicStatisticsQuery): Promise<PublicStatistics> {
  publicPeriod(query.from, query.to);
  const report = await getIi06aReportAsServed(db, { ...query, by: "unit" });
  return {
    periodLabel: report.periodLabel,
    from: report.from,
    to: report.to,
    unit: report.unit,
    closedAt: report.closed?.closedAt ?? null,
    agencies: report.rows.map((row) => ({
      agencyId: row.key,
      name: row.label,
      figures: publicFigures(row.figures),
    })),
    totals: publicFigures(report.totals),
  };
}

/** A valid report period of at most a year. */
function publicPeriod(from: string, to: string): void {
  reportPeriod(from, to);
  if (dayNumberFromIso(to) - dayNumberFromIso(from) >= MAX_PUBLIC_DAYS) {
    throw new AppError(
      400,
      "PUBLIC_STATISTICS_PERIOD_TOO_LONG",
      "Kỳ thống kê công khai không được dài quá một năm (366 ngày).",
    );
  }
}

/** Biểu II.06a's columns 3, 7–10, 11 and 13, with the on-time rate (cols 8 + 9) ÷ 7. */
export function publicFigures(figures: Ii06aFigures): PublicFigures {
  const good = figures.resolved_early + figures.resolved_on_time;
  return {
    received: figures.received,
    resolved: figures.resolved,
    resolvedEarly: figures.resolved_early,
    resolvedOnTime: figures.resolved_on_time,
    resolvedLate: figures.resolved_late,
    onTimeRate: figures.resolved === 0 ? null : good / figures.resolved,
    inProgress: figures.in_progress,
    inProgressOverdue: figures.in_progress_overdue,
  };
}
