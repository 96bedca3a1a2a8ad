import { z } from "zod";
import { instant, runQuery, runsOverview, SyncRun } from "./sync-runs.ts";

/** CFG-1: the procedure sync with the national procedure database, as the catalog managers' page shows it. */

export const ProcedureSyncRun = SyncRun.extend({
  /** Procedures the portal lists, those fetched (new or updated since their last sync), and what became of them. */
  listed: z.number().int(),
  fetched: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  blocked: z.number().int(),
});
export type ProcedureSyncRun = z.infer<typeof ProcedureSyncRun>;

/** One field of a procedure that changed, values in words ("15 ngày làm việc"). */
export const ProcedureFieldChange = z.object({
  field: z.string(),
  label: z.string(),
  change: z.enum(["changed", "added", "removed"]),
  /** The item of a list (a fee, a component, a legal document); null for a field. */
  item: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ProcedureFieldChange = z.infer<typeof ProcedureFieldChange>;

/** CFG-1: publication within 5 working days of the decision. */
export const PublicationDeadline = z.object({
  decidedAt: instant.nullable(),
  dueAt: instant.nullable(),
  publishedAt: instant.nullable(),
  status: z.enum(["due", "overdue", "on_time", "late", "unknown"]),
});
export type PublicationDeadline = z.infer<typeof PublicationDeadline>;

export const ProcedureSyncChange = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  code: z.string(),
  name: z.string(),
  /** added: new procedure (version 1); changed: a new version; blocked: not imported (see warnings), tried again next run. */
  outcome: z.enum(["added", "changed", "blocked"]),
  procedureId: z.uuid().nullable(),
  version: z.number().int().nullable(),
  previousVersion: z.number().int().nullable(),
  changes: z.array(ProcedureFieldChange),
  warnings: z.array(z.string()),
  decision: z.string(),
  deadline: PublicationDeadline,
  at: instant,
});
export type ProcedureSyncChange = z.infer<typeof ProcedureSyncChange>;

/** `runId`: the changes of one run; without it, the latest changes of all runs. */
export const ProcedureSyncQuery = runQuery("mã lần đồng bộ không hợp lệ");

export const ProcedureSyncOverview = runsOverview(ProcedureSyncRun).extend({
  /** Newest first, at most 500. */
  changes: z.array(ProcedureSyncChange),
});
export type ProcedureSyncOverview = z.infer<typeof ProcedureSyncOverview>;
