import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import {
  awaitingAcceptanceAt,
  columnPredicate,
  type Ii06aColumn,
  inPeriod,
  type ReportPeriod,
} from "./counting-conventions.ts";

/** What a Biểu II.06a covers: a period, an agency's subtree (or the province), rows by unit or field. */
export interface Ii06aScope {
  readonly period: ReportPeriod;
  readonly by: "unit" | "field";
  /** Null: the whole province. */
  readonly agencyId: string | null;
}

/**
 * The dossiers of the report (`d`), with the competent agency (`w.agency_id`: the agency whose
 * workflow the dossier follows, whichever centre received it) and the procedure version's field
 * (`pv`), restricted to the period (counting-conventions.ts) and the agency's subtree. Both the
 * figures (get-ii06a-report.ts) and the lists behind them (list-ii06a-dossiers.ts) start here.
 * `dossiers` replaces the period's dossiers for a figure outside them ("awaiting acceptance").
 */
export function ii06aSource(
  db: Db,
  scope: Ii06aScope,
  dossiers: RawBuilder<boolean> = inPeriod(scope.period),
) {
  let query = db
    .selectFrom("dossier as d")
    .innerJoin("workflow as w", "w.id", "d.workflow_id")
    .innerJoin("procedure_version as pv", (join) =>
      join.onRef("pv.procedure_id", "=", "d.procedure_id").onRef("pv.version", "=", "d.procedure_version"),
    )
    .where(dossiers);
  if (scope.agencyId) query = query.where("w.agency_id", "in", agencySubtree(db, scope.agencyId));
  return query;
}

/** The row a dossier falls in: the competent agency's id, or the procedure's field code. */
export function rowKeyOf(by: Ii06aScope["by"]) {
  return by === "unit" ? sql<string>`w.agency_id::text` : sql<string>`pv.field_code`;
}

/** The dossiers behind one column's figure: the period's dossiers with its predicate, or its own source. */
export function columnSource(db: Db, scope: Ii06aScope, column: Ii06aColumn) {
  return column === "awaiting_acceptance"
    ? ii06aSource(db, scope, awaitingAcceptanceAt(scope.period))
    : ii06aSource(db, scope).where(columnPredicate(column, scope.period));
}
