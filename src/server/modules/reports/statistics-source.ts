import { type RawBuilder, sql } from "kysely";
import {
  STATISTICS_NO_ROW,
  type StatisticsColumn,
  type StatisticsGrouping,
} from "../../../contracts/statistics.ts";
import type { Db } from "../../db/database.ts";
import {
  CURRENT_STEP,
  type Ii06aColumn,
  LAST_STEP_OFFICER,
  RESOLVED_AT,
  type ReportPeriod,
} from "./counting-conventions.ts";
import { ii06aSource } from "./ii06a-source.ts";

/**
 * RPT-1: the statistics count the dossiers of Biểu II.06a (`ii06aSource`: the period, the agency's
 * subtree, CAN-3) with its column predicates; only the rows differ. Each figure is one column of
 * the form, so a statistic and the form can never disagree (RPT-7).
 */
export const STATISTICS_COLUMN_OF: Readonly<Record<StatisticsColumn, Ii06aColumn>> = {
  received: "received",
  resolved: "resolved",
  resolvedLate: "resolved_late",
  inProgress: "in_progress",
  inProgressOverdue: "in_progress_overdue",
};

export interface StatisticsScope {
  readonly period: ReportPeriod;
  readonly agencyId: string | null;
}

/** The officer assigned to the step the dossier is at (null: none, or not at a step). */
export const STEP_ASSIGNEE = CURRENT_STEP.assigneeId;

/**
 * The officer a dossier is counted for (docs/REPORTING.md, "Statistics"): in progress at a step,
 * the officer assigned to that step (none: unassigned); a transfer not yet accepted, none;
 * otherwise (resolved, or past its steps) the officer who completed its last processing step, or
 * for a dossier resolved at a step (withdrawn) the officer assigned to it.
 */
const OFFICER = sql<string | null>`(case
  when ${RESOLVED_AT} is null and ${CURRENT_STEP.index} is not null then ${STEP_ASSIGNEE}::text
  when ${RESOLVED_AT} is null and d.status = 'transferred' then null
  else coalesce(${LAST_STEP_OFFICER}, ${STEP_ASSIGNEE})::text end)`;

/** The row key of each grouping; "-" for a dossier without a value (no step now, no officer). */
const KEY: Readonly<Record<StatisticsGrouping, RawBuilder<string | null>>> = {
  field: sql`pv.field_code`,
  unit: sql`w.agency_id::text`,
  status: sql`d.status`,
  step: sql`(d.workflow_id::text || ':' || ${CURRENT_STEP.index})`,
  officer: OFFICER,
};

export function statisticsRowKey(groupBy: StatisticsGrouping): RawBuilder<string> {
  return sql<string>`coalesce(${KEY[groupBy]}, ${sql.lit(STATISTICS_NO_ROW)})`;
}

/** The dossiers of the statistics: Biểu II.06a's (whose rows are not used here). */
export function statisticsSource(db: Db, scope: StatisticsScope) {
  return ii06aSource(db, { ...scope, by: "unit" });
}

/** A row's label and detail, as aggregates of its dossiers (null: worded by the caller). */
export function statisticsRowNames(groupBy: StatisticsGrouping): {
  label: RawBuilder<string | null>;
  detail: RawBuilder<string | null>;
} {
  switch (groupBy) {
    case "field":
      return { label: sql`min(pv.field_name)`, detail: sql`null` };
    case "unit":
      return {
        label: sql`(select a.name from agency a where a.id::text = min(w.agency_id::text))`,
        detail: sql`null`,
      };
    case "status":
      return { label: sql`null`, detail: sql`null` };
    case "step":
      return {
        label: sql`min(${CURRENT_STEP.name})`,
        detail: sql`min(pv.name)`,
      };
    case "officer":
      return {
        label: sql`(select o.full_name from officer o where o.id::text = min(${OFFICER}))`,
        detail: sql`(select oa.name from officer o join agency oa on oa.id = o.agency_id where o.id::text = min(${OFFICER}))`,
      };
  }
}
