import { type RawBuilder, sql } from "kysely";
import type { DashboardGroup } from "../../../contracts/dashboard.ts";
import { type DossierStatus, STATUS_LABELS } from "../../../domain/dossier/index.ts";
import { ROLE_NAMES, type WorkflowRole } from "../../../domain/workflow/definition.ts";
import type { Db } from "../../db/database.ts";
import { CURRENT_STEP } from "./counting-conventions.ts";
import { NOW_PREDICATES } from "./dashboard-figures.ts";
import { type DashboardScope, nowSource, STEP_KEY } from "./dashboard-scope.ts";
import { rowKeyOf } from "./ii06a-source.ts";

const countOf = (predicate: RawBuilder<boolean>) => sql<number>`(count(*) filter (where ${predicate}))::int`;

/** In progress, overdue and due soon at asOf, each the predicate its drill-down lists (dashboard-figures.ts). */
function nowCounts(asOf: number) {
  return [
    countOf(NOW_PREDICATES.in_progress(asOf)).as("inProgress"),
    countOf(NOW_PREDICATES.overdue(asOf)).as("overdue"),
    countOf(NOW_PREDICATES.due_soon(asOf)).as("dueSoon"),
  ] as const;
}

const byOverdue = (a: DashboardGroup, b: DashboardGroup) =>
  b.overdue - a.overdue || b.inProgress - a.inProgress || a.label.localeCompare(b.label, "vi");

/** RPT-1: the dossiers in progress now by competent agency (Biểu II.06a's rows by unit). */
export async function dashboardByUnit(db: Db, scope: DashboardScope): Promise<DashboardGroup[]> {
  const key = rowKeyOf("unit");
  const rows = await nowSource(db, scope)
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .select([key.as("key"), sql<string>`min(a.name)`.as("label"), ...nowCounts(scope.asOf)])
    .groupBy(key)
    .execute();
  return rows.sort(byOverdue);
}

/**
 * RPT-1 "by process step": the dossiers in progress now by where they wait (`STEP_KEY`): the unit
 * and role of the step they are at (`CURRENT_STEP`, as the statistics), or the status of those not
 * at a step.
 */
export async function dashboardByStep(db: Db, scope: DashboardScope): Promise<DashboardGroup[]> {
  const rows = await nowSource(db, scope)
    .leftJoin("agency as u", (join) => join.on(sql<boolean>`u.id = ${CURRENT_STEP.unitId}`))
    .select([
      STEP_KEY.as("key"),
      sql<string | null>`min(u.name)`.as("unitName"),
      sql<string | null>`min(${CURRENT_STEP.role})`.as("role"),
      sql<string>`min(d.status)`.as("status"),
      ...nowCounts(scope.asOf),
    ])
    .groupBy(STEP_KEY)
    .execute();
  return rows
    .map(({ unitName, role, status, ...figures }) => ({
      ...figures,
      label: stepLabel(unitName, role, status),
    }))
    .sort(byOverdue);
}

function stepLabel(unitName: string | null, role: string | null, status: string): string {
  if (unitName === null) return STATUS_LABELS[status as DossierStatus] ?? status;
  const roleName = role ? (ROLE_NAMES[role as WorkflowRole] ?? role) : "";
  return roleName ? `${unitName} — ${roleName}` : unitName;
}
