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
import {
  awaitingAcceptanceAt,
  columnPredicate,
  II06A_HEADINGS,
  pausedAtEndKnown,
} from "./counting-conventions.ts";
import { ii06aSource, rowKeyOf } from "./ii06a-source.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";

export const II06A_FORM = "Biểu số II.06a/VPCP/KSTT";
export const II06A_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

/**
 * RPT-2: Biểu II.06a of an agency's subtree (or the province) for a period, one row per competent
 * agency or per field, and the totals row; every figure counted by the conventions (RPT-7) in one
 * pass over the period's dossiers.
 */
export async function getIi06aReport(db: Db, query: Ii06aQuery, now = Date.now()): Promise<Ii06aReport> {
  const period = reportPeriod(query.from, query.to);
  const scope = { period, by: query.by, agencyId: query.agencyId ?? null };
  const key = rowKeyOf(query.by);
  const label = query.by === "unit" ? sql<string>`min(a.name)` : sql<string>`min(pv.field_name)`;
  const byRow = <S extends ReturnType<typeof ii06aSource>>(source: S) =>
    source
      .innerJoin("agency as a", "a.id", "w.agency_id")
      .select([key.as("key"), label.as("label")])
      .groupBy(key);
  const [counted, awaiting] = await Promise.all([
    byRow(ii06aSource(db, scope))
      .select(
        II06A_COLUMN_KEYS.map((column) =>
          sql<number>`(count(*) filter (where ${columnPredicate(column, period)}))::int`.as(column),
        ),
      )
      .execute(),
    byRow(ii06aSource(db, scope, awaitingAcceptanceAt(period)))
      .select(sql<number>`count(*)::int`.as("count"))
      .execute(),
  ]);
  const rows = new Map<string, Ii06aRow>(
    counted.map(({ key, label, ...figures }) => [key, { key, label, figures: figures as Ii06aFigures }]),
  );
  for (const { key, label, count } of awaiting) {
    const row = rows.get(key) ?? { key, label, figures: zeroFigures() };
    rows.set(key, { ...row, figures: { ...row.figures, awaiting_acceptance: count } });
  }
  const known = pausedAtEndKnown(period, now);
  const sorted = [...rows.values()]
    .map((row) => (known ? row : { ...row, figures: { ...row.figures, paused_at_end: null } }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    form: II06A_FORM,
    title: II06A_TITLE,
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    by: query.by,
    unit: await reportingUnit(db, scope.agencyId),
    columns: II06A_COLUMN_KEYS.map((column) => ({ key: column, ...II06A_HEADINGS[column] })),
    rows: sorted,
    totals: { ...totalsOf(sorted), ...(known ? {} : { paused_at_end: null }) },
  };
}

const zeroFigures = () => Object.fromEntries(II06A_COLUMN_KEYS.map((column) => [column, 0])) as Ii06aFigures;

/** Each dossier is in exactly one row, so the totals row is the rows' sum. */
function totalsOf(rows: readonly Ii06aRow[]): Ii06aFigures {
  const totals = zeroFigures();
  for (const row of rows)
    for (const column of II06A_COLUMN_KEYS) totals[column] = add(totals[column], row.figures[column]);
  return totals;
}

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b) as number;

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
