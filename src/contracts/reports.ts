import { z } from "zod";
import { AgencyId, IsoDate } from "./calendar.ts";

/**
 * The columns of Biểu II.06a in order (3 to 13), then the "of which" figures of current provincial
 * exports (RPT-2; counting-conventions.ts defines each).
 */
export const II06A_COLUMN_KEYS = [
  "received",
  "received_online",
  "received_direct",
  "carried_over",
  "resolved",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "in_progress",
  "in_progress_on_time",
  "in_progress_overdue",
  "resolved_late_with_apology",
  "withdrawn",
  "received_full_online",
  "received_partial_online",
  "paused_at_end",
  "awaiting_acceptance",
] as const;
export const Ii06aColumnKey = z.enum(II06A_COLUMN_KEYS, "cột báo cáo không hợp lệ");

/** Rows by the competent agency (its workflow's agency) or by field (lĩnh vực) of the procedure. */
export const Ii06aGrouping = z.enum(["unit", "field"], "cách chia dòng phải là unit hoặc field");

/** A period by its first and last day (inclusive, Vietnam time); the whole province without agencyId. */
export const Ii06aQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  by: Ii06aGrouping.default("unit"),
  agencyId: AgencyId.optional(),
});
export type Ii06aQuery = z.infer<typeof Ii06aQuery>;

/**
 * The figures by column. "Paused at the end" is null when it cannot be known: for a period that
 * ended before the report was made (only the current status is kept, counting-conventions.ts).
 */
export const Ii06aFigures = z.object({
  ...(Object.fromEntries(II06A_COLUMN_KEYS.map((key) => [key, z.number().int()])) as Record<
    (typeof II06A_COLUMN_KEYS)[number],
    z.ZodNumber
  >),
  paused_at_end: z.number().int().nullable(),
});
export type Ii06aFigures = z.infer<typeof Ii06aFigures>;

export const Ii06aRow = z.object({
  /** The agency id or the field code: what `row=` of the drill-down takes. */
  key: z.string(),
  label: z.string(),
  figures: Ii06aFigures,
});
export type Ii06aRow = z.infer<typeof Ii06aRow>;

export const Ii06aReport = z.object({
  form: z.literal("Biểu số II.06a/VPCP/KSTT"),
  title: z.string(),
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  by: Ii06aGrouping,
  /** The reporting unit: the agency, or the province (root agency) without agencyId. */
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  columns: z.array(z.object({ key: Ii06aColumnKey, number: z.number().int().nullable(), label: z.string() })),
  rows: z.array(Ii06aRow),
  totals: Ii06aFigures,
});
export type Ii06aReport = z.infer<typeof Ii06aReport>;

export const Ii06aDossiersQuery = Ii06aQuery.extend({
  column: Ii06aColumnKey,
  /** A row's key; omitted: the totals row. */
  row: z.string().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type Ii06aDossiersQuery = z.infer<typeof Ii06aDossiersQuery>;

export const Ii06aDossier = z.object({
  id: z.uuid(),
  code: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  channel: z.enum(["counter", "post", "online"]),
  status: z.string(),
  /** Null for a dossier awaiting acceptance (never received). */
  receivedAt: z.iso.datetime({ offset: true }).nullable(),
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Ii06aDossier = z.infer<typeof Ii06aDossier>;

export const Ii06aDossierPage = z.object({
  /** Always equal to the figure of that column and row. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(Ii06aDossier),
});
export type Ii06aDossierPage = z.infer<typeof Ii06aDossierPage>;

/** QĐ 766/QĐ-TTg (RPT-5): an agency's subtree, or the province without agencyId, over a period. */
export const Qd766Query = z.object({
  from: IsoDate,
  to: IsoDate,
  agencyId: AgencyId.optional(),
});
export type Qd766Query = z.infer<typeof Qd766Query>;

export const Qd766Indicator = z.object({
  key: z.string(),
  /** The group of QĐ 766 (1 to 5). */
  group: z.number().int(),
  name: z.string(),
  maxPoints: z.number(),
  /** The rate's formula and the points' rule, in words. */
  formula: z.string(),
  /** Null when not measurable. */
  pointsRule: z.string().nullable(),
  source: z.string(),
  /** The points rule (or the weight) is not confirmed by the text of QĐ 766: configurable, so marked. */
  unconfirmed: z.boolean(),
  measurable: z.boolean(),
  /** Why motcua cannot measure it yet (null when measurable). */
  reason: z.string().nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  /** numerator ÷ denominator; null when not measurable or when there is nothing to divide by. */
  value: z.number().nullable(),
  pointsEarned: z.number().nullable(),
  /** The numerator's parts where the sources ask for them (online: fully / partly online). */
  parts: z.array(z.object({ label: z.string(), count: z.number().int() })),
});
export type Qd766Indicator = z.infer<typeof Qd766Indicator>;

export const Qd766Group = z.object({
  number: z.number().int(),
  name: z.string(),
  maxPoints: z.number(),
  unconfirmed: z.boolean(),
  /** The points of its measured indicators, and the most they could have earned. */
  pointsEarned: z.number(),
  measuredMaxPoints: z.number(),
  indicators: z.array(Qd766Indicator),
});
export type Qd766Group = z.infer<typeof Qd766Group>;

export const Qd766Report = z.object({
  title: z.string(),
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  groups: z.array(Qd766Group),
  totals: z.object({ maxPoints: z.number(), pointsEarned: z.number(), measuredMaxPoints: z.number() }),
});
export type Qd766Report = z.infer<typeof Qd766Report>;

/** A month as YYYY-MM: the period that is closed (RPT-3: the 1st to the last day of the month). */
export const ReportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "tháng phải có dạng YYYY-MM");

/** Closing a month for an agency's subtree, or for the province without agencyId (RPT-3, RPT-4). */
export const ClosePeriodRequest = z.object({ agencyId: AgencyId.optional() });
export type ClosePeriodRequest = z.infer<typeof ClosePeriodRequest>;

export const ReopenPeriodRequest = ClosePeriodRequest.extend({
  reason: z
    .string()
    .trim()
    .min(10, "lý do mở lại kỳ phải có ít nhất 10 ký tự")
    .max(1000, "lý do mở lại kỳ quá dài"),
});
export type ReopenPeriodRequest = z.infer<typeof ReopenPeriodRequest>;

/** Who closed a month and when: its Biểu II.06a is then the snapshot taken at that instant. */
export const PeriodClosed = z.object({
  closedAt: z.iso.datetime({ offset: true }),
  closedBy: z.string(),
});
export type PeriodClosed = z.infer<typeof PeriodClosed>;

export const PeriodClose = PeriodClosed.extend({
  month: ReportMonth,
  agencyId: z.string().nullable(),
  reopenedAt: z.iso.datetime({ offset: true }).nullable(),
  reopenReason: z.string().nullable(),
});
export type PeriodClose = z.infer<typeof PeriodClose>;

/** Biểu II.06a as served: a closed month's snapshot carries `closed`; live figures have null. */
export const Ii06aReportAsServed = Ii06aReport.extend({ closed: PeriodClosed.nullable() });
export type Ii06aReportAsServed = z.infer<typeof Ii06aReportAsServed>;
