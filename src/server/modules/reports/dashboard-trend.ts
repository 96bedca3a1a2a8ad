import { type RawBuilder, sql } from "kysely";
import type { DashboardMonth } from "../../../contracts/dashboard.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate, inPeriod, RESOLVED_AT } from "./counting-conventions.ts";
import { TREND_COLUMNS } from "./dashboard-figures.ts";
import { type DashboardScope, spanSource } from "./dashboard-scope.ts";

type TrendFigure = keyof typeof TREND_COLUMNS;

/**
 * RPT-1: the on-time trend and the online share, month by month: each month's figures are that
 * month's Biểu II.06a columns 4, 5, 8, 9 and 10, counted in one pass over the twelve months'
 * dossiers. A dossier can count in a month only through its reception (columns 4, 5) or its
 * resolution (8, 9, 10) in that month, so each dossier is taken in those (at most two) months, and
 * there tested with the month's own predicates (`inPeriod` and `columnPredicate` with the month's
 * bounds read per row): each figure is exactly the month's column, as its drill-down lists it.
 */
export async function dashboardTrend(db: Db, scope: DashboardScope): Promise<DashboardMonth[]> {
  const bounds = sql<
    Date[]
  >`${[...scope.months.map((month) => new Date(month.from)), new Date(scope.span.to)]}::timestamptz[]`;
  const bucket = (instant: RawBuilder<Date | null>) => sql<number>`width_bucket(${instant}, ${bounds})`;
  const rowMonth = { from: sql<Date>`(${bounds})[b.i]`, to: sql<Date>`(${bounds})[b.i + 1]` };
  const count = (figure: TrendFigure) =>
    sql<number>`(count(*) filter (where ${inPeriod(rowMonth)} and ${columnPredicate(TREND_COLUMNS[figure], rowMonth)}))::int`.as(
      figure,
    );
  const resolvedIn = bucket(RESOLVED_AT);
  const rows = await spanSource(db, scope)
    .crossJoinLateral(() =>
      db
        .selectNoFrom(
          sql<number>`unnest(array[${resolvedIn}, nullif(${bucket(sql`d.received_at`)}, ${resolvedIn})])`.as(
            "i",
          ),
        )
        .as("b"),
    )
    .where(sql<boolean>`b.i between 1 and ${scope.months.length}`)
    .select([sql<number>`b.i`.as("i"), ...(Object.keys(TREND_COLUMNS) as TrendFigure[]).map(count)])
    .groupBy(sql`b.i`)
    .execute();
  const byIndex = new Map(rows.map((row) => [row.i, row]));
  return scope.months.map((month, index) => {
    const row = byIndex.get(index + 1);
    const figure = (name: TrendFigure) => (row?.[name] as number | undefined) ?? 0;
    const resolved = figure("resolved_early") + figure("resolved_on_time") + figure("resolved_late");
    const received = figure("received_online") + figure("received_direct");
    return {
      month: month.key,
      from: month.firstDay,
      to: month.lastDay,
      resolvedEarly: figure("resolved_early"),
      resolvedOnTime: figure("resolved_on_time"),
      resolvedLate: figure("resolved_late"),
      onTimeRate: resolved > 0 ? (figure("resolved_early") + figure("resolved_on_time")) / resolved : null,
      receivedOnline: figure("received_online"),
      receivedDirect: figure("received_direct"),
      onlineShare: received > 0 ? figure("received_online") / received : null,
    };
  });
}
