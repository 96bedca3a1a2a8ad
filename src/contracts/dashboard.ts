import { z } from "zod";
import { AgencyId } from "./calendar.ts";
import { Ii06aDossierPage } from "./reports.ts";

/**
 * The leaders' dashboard (RPT-1, RPT-7): an agency's subtree, or the province without agencyId, as
 * of an instant (default: now). Every figure is counted by the conventions of Biểu II.06a.
 */
export const DashboardQuery = z.object({
  agencyId: AgencyId.optional(),
  asOf: z.iso
    .datetime({ offset: true, error: "thời điểm phải có dạng ISO 8601, ví dụ 2026-03-31T17:00:00+07:00" })
    .optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** A month as YYYY-MM (Vietnam time). */
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "tháng phải có dạng YYYY-MM");

/** One month of the trend: Biểu II.06a's columns 4, 5, 8, 9, 10 of that month. */
export const DashboardMonth = z.object({
  month: Month,
  from: z.string(),
  to: z.string(),
  resolvedEarly: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  /** (early + on time) ÷ resolved; null with nothing resolved. */
  onTimeRate: z.number().nullable(),
  receivedOnline: z.number().int(),
  receivedDirect: z.number().int(),
  /** online ÷ (online + direct); null with nothing received. */
  onlineShare: z.number().nullable(),
});
export type DashboardMonth = z.infer<typeof DashboardMonth>;

/** Dossiers in progress now in one place: a competent agency, or a workflow step (or status) where they wait. */
export const DashboardGroup = z.object({
  key: z.string(),
  label: z.string(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
});
export type DashboardGroup = z.infer<typeof DashboardGroup>;

export const DashboardProcedure = z.object({
  /** The procedure's id: the `key` of its drill-down. */
  key: z.string(),
  code: z.string(),
  label: z.string(),
  resolved: z.number().int(),
  resolvedLate: z.number().int(),
});
export type DashboardProcedure = z.infer<typeof DashboardProcedure>;

export const Dashboard = z.object({
  asOf: z.iso.datetime({ offset: true }),
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  /** The twelve months ending with asOf's month, oldest first. */
  months: z.array(DashboardMonth),
  now: z.object({ inProgress: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
  byUnit: z.array(DashboardGroup),
  byStep: z.array(DashboardGroup),
  /** The procedures with the most late resolutions over the twelve months (at most 10). */
  lateProcedures: z.array(DashboardProcedure),
});
export type Dashboard = z.infer<typeof Dashboard>;

/**
 * The figures a drill-down lists, and what `key` names for each:
 * - in_progress, overdue, due_soon: now; key = a competent agency's id (a row of byUnit), or none (all);
 * - step_in_progress, step_overdue, step_due_soon: now; key = a row of byStep;
 * - resolved_early, resolved_on_time, resolved_late, received_online, received_direct: key = a month YYYY-MM;
 * - late_procedure: key = a procedure's id, late resolutions over the twelve months.
 */
export const DASHBOARD_FIGURES = [
  "in_progress",
  "overdue",
  "due_soon",
  "step_in_progress",
  "step_overdue",
  "step_due_soon",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "received_online",
  "received_direct",
  "late_procedure",
] as const;
export const DashboardFigure = z.enum(DASHBOARD_FIGURES, "chỉ tiêu của bảng điều khiển không hợp lệ");
export type DashboardFigure = z.infer<typeof DashboardFigure>;

export const DashboardDossiersQuery = DashboardQuery.extend({
  figure: DashboardFigure,
  key: z.string().min(1).max(128).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DashboardDossiersQuery = z.infer<typeof DashboardDossiersQuery>;

/** The same page as Biểu II.06a's drill-down: `total` always equals the figure. */
export const DashboardDossierPage = Ii06aDossierPage;
export type DashboardDossierPage = z.infer<typeof DashboardDossierPage>;
