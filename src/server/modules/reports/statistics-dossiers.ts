import { sql } from "kysely";
import type { Ii06aDossierPage } from "../../../contracts/reports.ts";
import type { StatisticsDossiersQuery } from "../../../contracts/statistics.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate } from "./counting-conventions.ts";
import { pageOfReportDossiers } from "./list-ii06a-dossiers.ts";
import { reportPeriod } from "./report-period.ts";
import { STATISTICS_COLUMN_OF, statisticsRowKey, statisticsSource } from "./statistics-source.ts";

/**
 * RPT-1, RPT-7: the dossiers behind one figure of the statistics (a column of a row, or of the
 * totals without `row`): the same source, column predicate and row key as the figure, so `total`
 * always equals it.
 */
export async function listStatisticsDossiers(
  db: Db,
  query: StatisticsDossiersQuery,
): Promise<Ii06aDossierPage> {
  const period = reportPeriod(query.from, query.to);
  let source = statisticsSource(db, { period, agencyId: query.agencyId ?? null }).where(
    columnPredicate(STATISTICS_COLUMN_OF[query.column], period),
  );
  if (query.row !== undefined)
    source = source.where(sql<boolean>`${statisticsRowKey(query.groupBy)} = ${query.row}`);
  return pageOfReportDossiers(db, source, query);
}
