import { sql } from "kysely";
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  daysInMonth,
  instantAt,
  isoFromCivil,
  localDayNumber,
} from "../../../domain/calendar/dates.ts";
import type { Db } from "../../db/database.ts";
import { CURRENT_STEP, instantPeriod, type ReportPeriod } from "./counting-conventions.ts";
import { ii06aSource } from "./ii06a-source.ts";

/** How many months the trend and the late procedures cover, ending with the month of `asOf`. */
export const DASHBOARD_MONTHS = 12;

/** One month of the trend: its key (YYYY-MM), first and last day, and the instants [from, to). */
export interface DashboardMonthBounds extends ReportPeriod {
  readonly key: string;
  readonly firstDay: string;
  readonly lastDay: string;
}

/** What a dashboard covers: an agency's subtree (null: the province) as of an instant. */
export interface DashboardScope {
  readonly agencyId: string | null;
  readonly asOf: number;
  /** The twelve months ending with asOf's month (Vietnam time), oldest first (RPT-3: 1st to last day). */
  readonly months: readonly DashboardMonthBounds[];
  /** From the first month's start to the last month's end. */
  readonly span: ReportPeriod;
}

export function dashboardScope(agencyId: string | null | undefined, asOf: number): DashboardScope {
  const today = civilFromDayNumber(localDayNumber(asOf));
  const months = Array.from({ length: DASHBOARD_MONTHS }, (_, index) => {
    const offset = today.year * 12 + today.month - 1 - (DASHBOARD_MONTHS - 1 - index);
    return monthBounds(Math.floor(offset / 12), (offset % 12) + 1);
  });
  const first = months[0] as DashboardMonthBounds;
  const last = months[months.length - 1] as DashboardMonthBounds;
  return { agencyId: agencyId ?? null, asOf, months, span: { from: first.from, to: last.to } };
}

function monthBounds(year: number, month: number): DashboardMonthBounds {
  const lastDay = { year, month, day: daysInMonth(year, month) };
  return {
    key: `${year}-${String(month).padStart(2, "0")}`,
    firstDay: isoFromCivil({ year, month, day: 1 }),
    lastDay: isoFromCivil(lastDay),
    from: instantAt(dayNumberFromCivil(year, month, 1), 0),
    to: instantAt(dayNumberFromCivil(year, month, lastDay.day) + 1, 0),
  };
}

/** The dossiers in progress at asOf (Biểu II.06a's source for the empty period ending then). */
export function nowSource(db: Db, scope: DashboardScope) {
  return ii06aSource(db, { period: instantPeriod(scope.asOf), by: "unit", agencyId: scope.agencyId });
}

/** The dossiers of the twelve months (Biểu II.06a's source for the whole span). */
export function spanSource(db: Db, scope: DashboardScope) {
  return ii06aSource(db, { period: scope.span, by: "unit", agencyId: scope.agencyId });
}

/**
 * Where an in-progress dossier waits (RPT-1 "by process step"): at a workflow step (the step it is
 * at now, `CURRENT_STEP` of counting-conventions.ts, the statistics' step too; also while paused or
 * awaiting a correction there, or transferred to it), the step's unit and role; elsewhere, its
 * status (received and not yet handed over, awaiting approval, …).
 */
export const STEP_KEY = sql<string>`(case when ${CURRENT_STEP.unitId} is not null
  then 'step:' || ${CURRENT_STEP.unitId}::text || ':' || coalesce(${CURRENT_STEP.role}, '')
  else 'status:' || d.status end)`;
