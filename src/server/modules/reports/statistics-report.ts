import { sql } from "kysely";
import {
  STATISTICS_COLUMNS,
  type StatisticsFigures,
  type StatisticsQuery,
  type StatisticsReport,
  type StatisticsRow,
} from "../../../contracts/statistics.ts";
import type { DossierStatus } from "../../../domain/dossier/index.ts";
import { STATUS_LABELS } from "../../../domain/dossier/status.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate } from "./counting-conventions.ts";
import { reportingUnit } from "./get-ii06a-report.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";
import {
  STATISTICS_COLUMN_OF,
  statisticsRowKey,
  statisticsRowNames,
  statisticsSource,
} from "./statistics-source.ts";

/**
 * RPT-1: a period's statistics of an agency's subtree (or the province), one row per field, unit,
 * status, step or officer, in one pass over Biểu II.06a's dossiers with its column predicates.
 */
export async function getStatistics(db: Db, query: StatisticsQuery): Promise<StatisticsReport> {
  const period = reportPeriod(query.from, query.to);
  const agencyId = query.agencyId ?? null;
  const key = statisticsRowKey(query.groupBy);
  const names = statisticsRowNames(query.groupBy);
  const counted = await statisticsSource(db, { period, agencyId })
    .select([
      key.as("key"),
      names.label.as("label"),
      names.detail.as("detail"),
      ...STATISTICS_COLUMNS.map((column) =>
        sql<number>`(count(*) filter (where ${columnPredicate(STATISTICS_COLUMN_OF[column], period)}))::int`.as(
          column,
        ),
      ),
    ])
    .groupBy(key)
    .execute();
  const rows = counted
    .map((row) => ({ ...row, label: labelOf(query.groupBy, row.key, row.label) }))
    .sort(byLabel);
  return {
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    unit: await reportingUnit(db, agencyId),
    rows,
    totals: totalsOf(rows),
  };
}

/** A status is named by the lifecycle's label; the "-" row stays unnamed (the page words it). */
function labelOf(groupBy: StatisticsQuery["groupBy"], key: string, label: string | null): string | null {
  if (groupBy !== "status") return label;
  return STATUS_LABELS[key as DossierStatus] ?? key;
}

/** Named rows in alphabetical order (Vietnamese), the unnamed row last. */
function byLabel(a: StatisticsRow, b: StatisticsRow): number {
  if (a.label === null || b.label === null) return a.label === null ? (b.label === null ? 0 : 1) : -1;
  return a.label.localeCompare(b.label, "vi") || a.key.localeCompare(b.key);
}

/** Each dossier is in exactly one row, so the totals are the rows' sums. */
function totalsOf(rows: readonly StatisticsFigures[]): StatisticsFigures {
  const totals = Object.fromEntries(STATISTICS_COLUMNS.map((column) => [column, 0])) as StatisticsFigures;
  for (const row of rows) for (const column of STATISTICS_COLUMNS) totals[column] += row[column];
  return totals;
}
