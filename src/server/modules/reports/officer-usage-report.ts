import { sql } from "kysely";
import type {
  OfficerUsageQuery,
  OfficerUsageReport,
  OfficerUsageRow,
} from "../../../contracts/statistics.ts";
import type { WorkingCalendar } from "../../../domain/calendar/working-calendar.ts";
import type { Db } from "../../db/database.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import { columnPredicate, IN_PROGRESS_NOW, type ReportPeriod } from "./counting-conventions.ts";
import { reportingUnit } from "./get-ii06a-report.ts";
import { ii06aSource } from "./ii06a-source.ts";
import { type CompletedStep, completedSteps, median, type StepHistory } from "./officer-usage-steps.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";
import { STEP_ASSIGNEE } from "./statistics-source.ts";

/** A dossier of the period an officer worked on, and how it was resolved by the period's end. */
interface HandledDossier {
  readonly id: string;
  readonly resolved: boolean;
  readonly resolvedLate: boolean;
}

/**
 * Seed 001 Art. 5.1.d, 10.3, 12.2: per officer, the steps completed in the period on the dossiers
 * of an agency's subtree (or the province), the working time they held each, the share finished
 * late, and the dossiers assigned to them now. Cancelled and test dossiers never count (CAN-3).
 */
export async function getOfficerUsage(db: Db, query: OfficerUsageQuery): Promise<OfficerUsageReport> {
  const period = reportPeriod(query.from, query.to);
  const agencyId = query.agencyId ?? null;
  const { steps, handled } = await stepsOfPeriod(db, period, agencyId);
  const load = await currentLoad(db, agencyId);
  const officerIds = [...new Set([...steps.map((step) => step.officerId), ...load.keys()])];
  const officers = await officerNames(db, officerIds);
  const rows = officerIds
    .filter((id) => officers.has(id))
    .map((id) =>
      usageRow(
        id,
        officers.get(id) as { name: string; agencyName: string },
        steps.filter((step) => step.officerId === id),
        handled,
        load.get(id) ?? 0,
      ),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const { calendar } = await loadWorkingCalendar(db, agencyId);
  return {
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    unit: await reportingUnit(db, agencyId),
    minutesPerDay: calendar.minutesPerDay,
    rows,
  };
}

/**
 * The steps completed in the period on Biểu II.06a's dossiers (the same period, subtree and CAN-3
 * exclusions); only dossiers with a step handed on in the period are read.
 */
async function stepsOfPeriod(db: Db, period: ReportPeriod, agencyId: string | null) {
  const bounds = JSON.stringify({ from: period.from, to: period.to });
  const rows = await ii06aSource(db, { period, by: "unit", agencyId })
    .where(
      sql<boolean>`jsonb_path_exists(d.state->'handOvers',
        '$[*] ? (@.from.kind == "step" && @.at >= $from && @.at < $to)', ${bounds}::jsonb)`,
    )
    .select([
      "d.id",
      // Only the parts of the state the steps are measured from, not the whole document.
      sql<StepHistory>`jsonb_build_object('id', d.id, 'handOvers', d.state->'handOvers', 'pauses', d.state->'pauses')`.as(
        "history",
      ),
      "d.receiving_agency_id",
      columnPredicate("resolved", period).as("resolved"),
      columnPredicate("resolved_late", period).as("resolved_late"),
    ])
    .execute();
  const calendars = new Map<string, WorkingCalendar>();
  const steps: CompletedStep[] = [];
  const handled = new Map<string, HandledDossier>();
  for (const row of rows) {
    const calendar = await calendarOf(db, calendars, row.receiving_agency_id);
    steps.push(...completedSteps(row.history, period, calendar));
    handled.set(row.id, { id: row.id, resolved: row.resolved, resolvedLate: row.resolved_late });
  }
  return { steps, handled };
}

/** The receiving agency's calendar, the one its dossiers' times are measured with. */
async function calendarOf(db: Db, cache: Map<string, WorkingCalendar>, agencyId: string) {
  let calendar = cache.get(agencyId);
  if (!calendar) {
    calendar = (await loadWorkingCalendar(db, agencyId)).calendar;
    cache.set(agencyId, calendar);
  }
  return calendar;
}

/** Dossiers in progress now at a step assigned to each officer, in the subtree. */
async function currentLoad(db: Db, agencyId: string | null): Promise<Map<string, number>> {
  let query = db
    .selectFrom("dossier as d")
    .innerJoin("workflow as w", "w.id", "d.workflow_id")
    .where(IN_PROGRESS_NOW)
    .where(sql<boolean>`${STEP_ASSIGNEE} is not null`)
    .select([STEP_ASSIGNEE.as("officerId"), sql<number>`count(*)::int`.as("count")])
    .groupBy(STEP_ASSIGNEE);
  if (agencyId) query = query.where("w.agency_id", "in", agencySubtree(db, agencyId));
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.officerId as string, row.count]));
}

async function officerNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; agencyName: string }>();
  const rows = await db
    .selectFrom("officer as o")
    .innerJoin("agency as a", "a.id", "o.agency_id")
    .select(["o.id", "o.full_name", "a.name"])
    .where(sql<boolean>`o.id::text = any(${[...ids]}::text[])`)
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.full_name, agencyName: row.name }]));
}

function usageRow(
  officerId: string,
  officer: { name: string; agencyName: string },
  steps: readonly CompletedStep[],
  handled: ReadonlyMap<string, HandledDossier>,
  currentLoad: number,
): OfficerUsageRow {
  const minutes = steps.map((step) => step.workingMinutes);
  const dossierIds = new Set(steps.map((step) => step.dossierId));
  return {
    officerId,
    ...officer,
    stepsCompleted: steps.length,
    dossiersHandled: dossierIds.size,
    medianStepMinutes: median(minutes),
    meanStepMinutes:
      minutes.length > 0 ? minutes.reduce((sum, value) => sum + value, 0) / minutes.length : null,
    ...lateShare(
      steps,
      [...dossierIds].map((id) => handled.get(id) as HandledDossier),
    ),
    currentLoad,
  };
}

/**
 * Of the steps with a time limit, those finished late (PRC-2); when none had one, of the handled
 * dossiers resolved by the period's end, those resolved late (CAL-9).
 */
function lateShare(steps: readonly CompletedStep[], dossiers: readonly HandledDossier[]) {
  const timed = steps.filter((step) => step.outcome !== null);
  const resolved = dossiers.filter((dossier) => dossier.resolved);
  const [lateBasis, lateCount, lateOutOf] =
    timed.length > 0
      ? (["steps", timed.filter((step) => step.outcome === "late").length, timed.length] as const)
      : resolved.length > 0
        ? (["dossiers", resolved.filter((dossier) => dossier.resolvedLate).length, resolved.length] as const)
        : ([null, 0, 0] as const);
  return { lateBasis, lateCount, lateOutOf, lateShare: lateOutOf > 0 ? lateCount / lateOutOf : null };
}
