import { z } from "zod";
import { runQuery, runsOverview, SyncRun } from "./sync-runs.ts";

/** INT-1: the reconciliation of motcua's dossiers with the national portal's view of them. */

const IsoDate = z.iso.date("ngày phải có dạng YYYY-MM-DD");

/**
 * The likely cause of a mismatch: never_sent (no portal message for it), waiting (its message is
 * still queued or failing), parked (its message is parked), changed_on_portal (the portal changed
 * the status itself), status_differs, missing_on_portal, missing_in_motcua.
 */
export const MismatchCause = z.enum([
  "never_sent",
  "waiting",
  "parked",
  "changed_on_portal",
  "status_differs",
  "missing_on_portal",
  "missing_in_motcua",
]);
export type MismatchCause = z.infer<typeof MismatchCause>;

export const ReconciliationRun = SyncRun.extend({
  periodFrom: z.string(),
  periodTo: z.string(),
  /** motcua's dossiers of the period, and how many are compared so far (progress). */
  total: z.number().int(),
  checked: z.number().int(),
  matched: z.number().int(),
  mismatched: z.number().int(),
});
export type ReconciliationRun = z.infer<typeof ReconciliationRun>;

export const ReconciliationCount = z.object({
  agencyCode: z.string(),
  agencyName: z.string().nullable(),
  /** YYYY-MM. */
  month: z.string(),
  checked: z.number().int(),
  matched: z.number().int(),
  mismatches: z.partialRecord(MismatchCause, z.number().int()),
});
export type ReconciliationCount = z.infer<typeof ReconciliationCount>;

export const ReconciliationMismatch = z.object({
  dossierId: z.uuid().nullable(),
  dossierCode: z.string(),
  nationalCode: z.string().nullable(),
  agencyCode: z.string(),
  agencyName: z.string().nullable(),
  month: z.string(),
  cause: MismatchCause,
  /** DVCQG status codes 1–10 (null: none, e.g. missing on that side). */
  motcuaStatus: z.number().int().nullable(),
  portalStatus: z.number().int().nullable(),
  detail: z.string().nullable(),
});
export type ReconciliationMismatch = z.infer<typeof ReconciliationMismatch>;

export const ReconciliationQuery = runQuery("mã lần đối soát không hợp lệ");

export const ReconciliationOverview = runsOverview(ReconciliationRun).extend({
  /** The run shown (the one asked for, else the latest) with its counts and mismatches (at most 1000). */
  shown: z
    .object({
      run: ReconciliationRun,
      counts: z.array(ReconciliationCount),
      mismatches: z.array(ReconciliationMismatch),
    })
    .nullable(),
});
export type ReconciliationOverview = z.infer<typeof ReconciliationOverview>;

/** Start a run over the dossiers submitted in a period (Vietnam dates, both included; default: since the start of last month). */
export const StartReconciliation = z
  .strictObject({ from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: "ngày bắt đầu phải trước ngày kết thúc",
    path: ["to"],
  });
export type StartReconciliation = z.infer<typeof StartReconciliation>;
