import { sql } from "kysely";
import type { Ii06aDossierPage, Ii06aDossiersQuery } from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate, RESOLVED_AT } from "./counting-conventions.ts";
import { ii06aSource, rowKeyOf } from "./ii06a-source.ts";
import { reportPeriod } from "./report-period.ts";

/**
 * RPT-7: the dossiers behind one figure of Biểu II.06a (a column of a row, or of the totals row
 * without `row`), a page at a time, oldest reception first. The same source and predicate as the
 * figure, so `total` always equals it.
 */
export async function listIi06aDossiers(db: Db, query: Ii06aDossiersQuery): Promise<Ii06aDossierPage> {
  const period = reportPeriod(query.from, query.to);
  let source = ii06aSource(db, { period, by: query.by, agencyId: query.agencyId ?? null }).where(
    columnPredicate(query.column, period),
  );
  if (query.row !== undefined) source = source.where(sql<boolean>`${rowKeyOf(query.by)} = ${query.row}`);
  return pageOfReportDossiers(db, source, query);
}

/**
 * A page of the dossiers of a figure's source (Biểu II.06a's, filtered by the figure's predicate
 * and row), oldest reception first, with their count: shared by every drill-down (RPT-7).
 */
export async function pageOfReportDossiers(
  db: Db,
  source: ReturnType<typeof ii06aSource>,
  query: { page: number; pageSize: number },
): Promise<Ii06aDossierPage> {
  // The page's dossiers are found from the report index alone (migration 0021), then read.
  const page = source
    .select(["d.id", "d.received_at", "pv.name as procedureName"])
    .orderBy("d.received_at")
    .orderBy("d.id")
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }, rows] = await Promise.all([
    source.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
    db
      .selectFrom(page.as("p"))
      .innerJoin("dossier as d", "d.id", "p.id")
      .select([
        "d.id",
        "d.code",
        "p.procedureName",
        "d.applicant_name",
        "d.channel",
        "d.status",
        "d.received_at",
        "d.due_at",
        RESOLVED_AT.as("resolved_at"),
      ])
      .orderBy("p.received_at")
      .orderBy("p.id")
      .execute(),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      procedureName: row.procedureName,
      applicantName: row.applicant_name,
      channel: row.channel,
      status: row.status,
      receivedAt: (row.received_at as Date).toISOString(),
      dueAt: row.due_at?.toISOString() ?? null,
      resolvedAt: row.resolved_at?.toISOString() ?? null,
    })),
  };
}
