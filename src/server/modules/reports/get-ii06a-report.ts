import { sql } from "kysely";
import {
  II06A_COLUMN_KEYS,
  type Ii06aFigures,
  type Ii06aQuery,
  type Ii06aReport,
  type Ii06aRow,
} from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { requireAgency } from "../organization/require-agency.ts";
import { columnPredicate, II06A_HEADINGS } from "./counting-conventions.ts";
import { ii06aSource, rowKeyOf } from "./ii06a-source.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";

export const II06A_FORM = "Biểu số II.06a/VPCP/KSTT";
export const II06A_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

/**
 * RPT-2: Biểu II.06a of an agency's subtree (or the province) for a period, one row per competent
 * agency or per field, and the totals row; every figure counted by the conventions (RPT-7) in one
 * pass over the period's dossiers.
 */
export async function getIi06aReport(db: Db, query: Ii06aQuery): Promise<Ii06aReport> {
  const period = reportPeriod(query.from, query.to);
  const scope = { period, by: query.by, agencyId: query.agencyId ?? null };
  const key = rowKeyOf(query.by);
  const label = query.by === "unit" ? sql<string>`min(a.name)` : sql<string>`min(pv.field_name)`;
  const counted = await ii06aSource(db, scope)
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .select([
      key.as("key"),
      label.as("label"),
      ...II06A_COLUMN_KEYS.map((column) =>
        sql<number>`(count(*) filter (where ${columnPredicate(column, period)}))::int`.as(column),
      ),
    ])
    .groupBy(key)
    .orderBy("label")
    .execute();
  const rows: Ii06aRow[] = counted.map(({ key, label, ...figures }) => ({ key, label, figures }));
  return {
    form: II06A_FORM,
    title: II06A_TITLE,
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    by: query.by,
    unit: await reportingUnit(db, scope.agencyId),
    columns: II06A_COLUMN_KEYS.map((column) => ({ key: column, ...II06A_HEADINGS[column] })),
    rows,
    totals: totalsOf(rows),
  };
}

/** Each dossier is in exactly one row, so the totals row is the rows' sum. */
function totalsOf(rows: readonly Ii06aRow[]): Ii06aFigures {
  const totals = Object.fromEntries(II06A_COLUMN_KEYS.map((column) => [column, 0])) as Ii06aFigures;
  for (const row of rows) for (const column of II06A_COLUMN_KEYS) totals[column] += row.figures[column];
  return totals;
}

/** The agency reported on, or the province (the root agency) for a province-wide report. */
export async function reportingUnit(
  db: Db,
  agencyId: string | null,
): Promise<{ id: string | null; name: string }> {
  if (agencyId) return requireAgency(db, agencyId);
  const root = await db
    .selectFrom("agency")
    .select("name")
    .where("parent_id", "is", null)
    .orderBy("code")
    .executeTakeFirst();
  return { id: null, name: root?.name ?? "Toàn tỉnh" };
}
