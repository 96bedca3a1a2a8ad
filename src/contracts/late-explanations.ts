import { z } from "zod";
import { AgencyId, IsoDate } from "./calendar.ts";

/** RPT-3, PRC-8: the late dossiers of an agency's subtree (the province without agencyId) in a period. */
export const LateExplanationsQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  agencyId: AgencyId.optional(),
});
export type LateExplanationsQuery = z.infer<typeof LateExplanationsQuery>;

/** Why a dossier is in the list: Biểu II.06a's column 10 (resolved late) or 13 (in progress, overdue). */
export const LateKind = z.enum(["resolved_late", "in_progress_overdue"]);
export type LateKind = z.infer<typeof LateKind>;

export const LateDossier = z.object({
  id: z.uuid(),
  code: z.string(),
  /** The dossier's version: what the record-lateness-reason command takes. */
  version: z.number().int(),
  procedureName: z.string(),
  kind: LateKind,
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The lateness reason recorded on the dossier (PRC-8); null: not explained yet. */
  explanation: z
    .object({
      reason: z.string(),
      recordedAt: z.iso.datetime({ offset: true }),
      recordedBy: z.string().nullable(),
    })
    .nullable(),
});
export type LateDossier = z.infer<typeof LateDossier>;

export const LateUnit = z.object({
  /** The competent agency (Biểu II.06a's row by unit). */
  agencyId: z.string(),
  name: z.string(),
  explained: z.number().int(),
  unexplained: z.number().int(),
  dossiers: z.array(LateDossier),
});
export type LateUnit = z.infer<typeof LateUnit>;

export const LateExplanations = z.object({
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  units: z.array(LateUnit),
  totals: z.object({ explained: z.number().int(), unexplained: z.number().int() }),
});
export type LateExplanations = z.infer<typeof LateExplanations>;
