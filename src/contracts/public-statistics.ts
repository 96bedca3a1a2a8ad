import { z } from "zod";
import { AgencyId, IsoDate } from "./calendar.ts";

/**
 * RPT-6: the public handling statistics of an agency's subtree (the province without agencyId)
 * over a period of whole days (first and last included, Vietnam time), at most a year.
 */
export const PublicStatisticsQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  agencyId: AgencyId.optional(),
});
export type PublicStatisticsQuery = z.infer<typeof PublicStatisticsQuery>;

/**
 * The figures of one agency (or of the total), the same as Biểu II.06a's (RPT-7): received
 * (col. 3), resolved (7) early / on time / late (8, 9, 10), in progress (11) and of them overdue (13).
 */
export const PublicFigures = z.object({
  received: z.number().int(),
  resolved: z.number().int(),
  resolvedEarly: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  /** (early + on time) ÷ resolved, between 0 and 1; null when nothing was resolved. */
  onTimeRate: z.number().nullable(),
  inProgress: z.number().int(),
  inProgressOverdue: z.number().int(),
});
export type PublicFigures = z.infer<typeof PublicFigures>;

/** Aggregates only: agencies by id and public name, never a dossier, an applicant or an officer. */
export const PublicStatistics = z.object({
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  unit: z.object({ id: z.string().nullable(), name: z.string() }),
  /** The month was closed (chốt số liệu): the figures are those reported then (RPT-3). */
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  agencies: z.array(z.object({ agencyId: z.string(), name: z.string(), figures: PublicFigures })),
  totals: PublicFigures,
});
export type PublicStatistics = z.infer<typeof PublicStatistics>;
