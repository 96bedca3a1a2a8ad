import { sql } from "kysely";
import type { Ii06aDossierPage, Ii06aDossiersQuery } from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { pausedAtEndKnown, RESOLVED_AT } from "./counting-conventions.ts";
import { columnSource, type ii06aSource, rowKeyOf } from "./ii06a-source.ts";
import { reportPeriod } from "./report-period.ts";

/**
 * RPT-7: the dossiers behind one figure of Biểu II.06a (a column of a row, or of the totals row
 * without `row`), a page at a time, oldest reception first. The same source and predicate as the
 * figure, so `total` always equals it.
 */
export async function listIi06aDossiers(
  db: Db,
  query: Ii06aDossiersQuery,
  now = Date.now(),
): Promise<Ii06aDossierPage> {
  const period = reportPeriod(query.from, query.to);
  // A figure that cannot be known (null) has no list either.
  if (query.column === "paused_at_end" && !pausedAtEndKnown(period, now)) {
    return { total: 0, page: query.page, pageSize: query.pageSize, items: [] };
  }
  let source = columnSource(db, { period, by: query.by, agencyId: query.agencyId ?? null }, query.column);
  if (query.row !== undefined) source = source.where(sql<boolean>`${rowKeyOf(query.by)} = ${query.row}`);
  const order = query.column === "awaiting_acceptance" ? "submitted_at" : "received_at";
  return pageOfReportDossiers(db, source, query, order);
}

/**
 * A page of the dossiers of a figure's source (Biểu II.06a's, filtered by the figure's predicate
 * and row), oldest reception first, with their count: shared by every drill-down (RPT-7).
 */
export async function pageOfReportDossiers(
  db: Db,
  source: ReturnType<typeof ii06aSource>,
  query: { page: number; pageSize: number },
  order: "received_at" | "submitted_at" = "received_at",
): Promise<Ii06aDossierPage> {
  // The page's dossiers are found from the report index alone (migration 0021), then read; never
  // received ones (awaiting acceptance) by their submission instead.
  const page = source
    .select(["d.id", `d.${order} as received_at`, "pv.name as procedureName"])
    .orderBy(`d.${order}`)
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
      receivedAt: row.received_at?.toISOString() ?? null,
      dueAt: row.due_at?.toISOString() ?? null,
      resolvedAt: row.resolved_at?.toISOString() ?? null,
    })),
  };
}
