import { type RawBuilder, sql } from "kysely";
import type { DashboardFigure } from "../../../contracts/dashboard.ts";
import { AppError } from "../../http/problem.ts";
import { columnPredicate, dueSoonAt, type Ii06aColumn, instantPeriod } from "./counting-conventions.ts";
import { type DashboardScope, nowSource, STEP_KEY, spanSource } from "./dashboard-scope.ts";
import { ii06aSource, rowKeyOf } from "./ii06a-source.ts";

/**
 * RPT-7: each figure of the leaders' dashboard as the predicate that counts it, used both by the
 * figures (dashboard-now.ts, dashboard-trend.ts, dashboard-late-procedures.ts) and by the list of
 * dossiers behind each (`figureDossiers`), so that a figure always equals its list's length.
 */
export type NowFigure = "in_progress" | "overdue" | "due_soon";

/** Now (asOf): Biểu II.06a's columns 11 and 13 at that instant, and due soon (counting-conventions.ts). */
export const NOW_PREDICATES: Readonly<Record<NowFigure, (asOf: number) => RawBuilder<boolean>>> = {
  in_progress: (asOf) => columnPredicate("in_progress", instantPeriod(asOf)),
  overdue: (asOf) => columnPredicate("in_progress_overdue", instantPeriod(asOf)),
  due_soon: dueSoonAt,
};

/** The trend's figures: a month's Biểu II.06a columns. */
export const TREND_COLUMNS = {
  resolved_early: "resolved_early",
  resolved_on_time: "resolved_on_time",
  resolved_late: "resolved_late",
  received_online: "received_online",
  received_direct: "received_direct",
} as const satisfies Partial<Record<DashboardFigure, Ii06aColumn>>;

/** The late procedures: Biểu II.06a's column 10 over the twelve months, by procedure. */
export const LATE_OVER_SPAN = (scope: DashboardScope) => columnPredicate("resolved_late", scope.span);

/** The report's dossiers (`ii06aSource`), narrowed to one figure's. */
export type ReportDossiers = ReturnType<typeof ii06aSource>;

const STEP_FIGURES = {
  step_in_progress: "in_progress",
  step_overdue: "overdue",
  step_due_soon: "due_soon",
} as const;

/** The dossiers behind one figure (`key`: see DashboardDossiersQuery). */
export function figureDossiers(
  db: Parameters<typeof ii06aSource>[0],
  scope: DashboardScope,
  figure: DashboardFigure,
  key: string | undefined,
): ReportDossiers {
  switch (figure) {
    case "in_progress":
    case "overdue":
    case "due_soon": {
      const source = nowSource(db, scope).where(NOW_PREDICATES[figure](scope.asOf));
      return key === undefined ? source : source.where(sql<boolean>`${rowKeyOf("unit")} = ${key}`);
    }
    case "step_in_progress":
    case "step_overdue":
    case "step_due_soon":
      return nowSource(db, scope)
        .where(NOW_PREDICATES[STEP_FIGURES[figure]](scope.asOf))
        .where(sql<boolean>`${STEP_KEY} = ${required(key)}`);
    case "late_procedure":
      return spanSource(db, scope)
        .where(LATE_OVER_SPAN(scope))
        .where(sql<boolean>`d.procedure_id::text = ${required(key)}`);
    default: {
      const month = monthOf(scope, key);
      const source = ii06aSource(db, { period: month, by: "unit", agencyId: scope.agencyId });
      return source.where(columnPredicate(TREND_COLUMNS[figure], month));
    }
  }
}

function required(key: string | undefined): string {
  if (key === undefined)
    throw new AppError(400, "DASHBOARD_KEY_REQUIRED", "Chỉ tiêu này cần tham số key (nhóm của con số).");
  return key;
}

function monthOf(scope: DashboardScope, key: string | undefined) {
  const month = scope.months.find((candidate) => candidate.key === required(key));
  if (!month)
    throw new AppError(
      400,
      "DASHBOARD_MONTH_INVALID",
      "Tháng phải có dạng YYYY-MM và thuộc 12 tháng của bảng điều khiển.",
    );
  return month;
}
