import { z } from "zod";
import { AgencyId, IsoDate } from "./calendar.ts";

/** The columns of Biểu II.06a in order (3 to 13), then motcua's two "of which" figures (RPT-2). */
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

export const Ii06aFigures = z.object(
  Object.fromEntries(II06A_COLUMN_KEYS.map((key) => [key, z.number().int()])) as Record<
    (typeof II06A_COLUMN_KEYS)[number],
    z.ZodNumber
  >,
);
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
  receivedAt: z.iso.datetime({ offset: true }),
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
