import { z } from "zod";
import { AgencyId, IsoDate } from "./calendar.ts";
import { Qd766Query } from "./reports.ts";

/**
 * RPT-1: statistics of a period by field, unit, status, process step or officer; every figure is
 * counted by the conventions of Biểu II.06a (RPT-7) and opens the dossiers behind it.
 */
export const STATISTICS_GROUPINGS = ["field", "unit", "status", "step", "officer"] as const;
export const StatisticsGrouping = z.enum(
  STATISTICS_GROUPINGS,
  "cách chia dòng phải là field, unit, status, step hoặc officer",
);
export type StatisticsGrouping = z.infer<typeof StatisticsGrouping>;

/** The figures of each row, in order; each is one column of Biểu II.06a (docs/REPORTING.md). */
export const STATISTICS_COLUMNS = [
  "received",
  "resolved",
  "resolvedLate",
  "inProgress",
  "inProgressOverdue",
] as const;
export const StatisticsColumn = z.enum(STATISTICS_COLUMNS, "cột thống kê không hợp lệ");
export type StatisticsColumn = z.infer<typeof StatisticsColumn>;

/** The row of the dossiers that have no value for the grouping (no step now, no officer). */
export const STATISTICS_NO_ROW = "-";

export const StatisticsQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  agencyId: AgencyId.optional(),
  groupBy: StatisticsGrouping.default("unit"),
});
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

export const StatisticsFigures = z.object(
  Object.fromEntries(STATISTICS_COLUMNS.map((key) => [key, z.number().int()])) as Record<
    StatisticsColumn,
    z.ZodNumber
  >,
);
export type StatisticsFigures = z.infer<typeof StatisticsFigures>;

export const StatisticsRow = StatisticsFigures.extend({
  /** What `row=` of the drill-down takes: field code, agency id, status, `workflowId:stepIndex`, officer id, or "-". */
  key: z.string(),
  /** Null for the "-" row (the page words it); a status's key is worded by the page too. */
  label: z.string().nullable(),
  /** The procedure of a step, the agency of an officer; null otherwise. */
  detail: z.string().nullable(),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;

export const StatisticsReport = z.object({
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  groupBy: StatisticsGrouping,
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  rows: z.array(StatisticsRow),
  totals: StatisticsFigures,
});
export type StatisticsReport = z.infer<typeof StatisticsReport>;

export const StatisticsDossiersQuery = StatisticsQuery.extend({
  column: StatisticsColumn,
  /** A row's key; omitted: the totals row. */
  row: z.string().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type StatisticsDossiersQuery = z.infer<typeof StatisticsDossiersQuery>;

/** Seed 001 Art. 5.1.d: usage and performance per officer, for an agency's subtree or the province. */
export const OfficerUsageQuery = Qd766Query;
export type OfficerUsageQuery = z.infer<typeof OfficerUsageQuery>;

export const OfficerUsageRow = z.object({
  officerId: z.uuid(),
  name: z.string(),
  agencyName: z.string(),
  /** Workflow steps the officer completed (handed on) in the period, and on how many dossiers. */
  stepsCompleted: z.number().int(),
  dossiersHandled: z.number().int(),
  /** Working minutes the officer held each of those steps (paused time excluded); null without steps. */
  medianStepMinutes: z.number().nullable(),
  meanStepMinutes: z.number().nullable(),
  /**
   * Late share: of the steps with a time limit, those finished after it (`steps`); when none had one,
   * of the handled dossiers resolved, those resolved late (`dossiers`); null when neither applies.
   */
  lateBasis: z.enum(["steps", "dossiers"]).nullable(),
  lateCount: z.number().int(),
  lateOutOf: z.number().int(),
  lateShare: z.number().nullable(),
  /** Dossiers in progress now at a step the officer is assigned to. */
  currentLoad: z.number().int(),
});
export type OfficerUsageRow = z.infer<typeof OfficerUsageRow>;

export const OfficerUsageReport = z.object({
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  /** Working minutes in a working day of the reporting agency's calendar (to show minutes as days). */
  minutesPerDay: z.number().int(),
  rows: z.array(OfficerUsageRow),
});
export type OfficerUsageReport = z.infer<typeof OfficerUsageReport>;
