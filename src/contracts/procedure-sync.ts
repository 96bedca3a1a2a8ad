import { z } from "zod";

/** CFG-1: the procedure sync with the national procedure database, as the catalog managers' page shows it. */

const instant = z.iso.datetime({ offset: true });
export const RunStatus = z.enum(["running", "succeeded", "failed"]);
export const RunTrigger = z.enum(["manual", "schedule"]);

export const ProcedureSyncRun = z.object({
  id: z.uuid(),
  trigger: RunTrigger,
  /** The officer who started it; null for the daily schedule. */
  startedBy: z.string().nullable(),
  startedAt: instant,
  finishedAt: instant.nullable(),
  status: RunStatus,
  /** Procedures the portal lists, those fetched (new or updated since their last sync), and what became of them. */
  listed: z.number().int(),
  fetched: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  blocked: z.number().int(),
  error: z.string().nullable(),
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

/** A run started on demand (202): its id; its progress is read on the overview. */
export const StartedRun = z.object({ id: z.uuid() });
export type StartedRun = z.infer<typeof StartedRun>;

export const ProcedureSyncQuery = z.object({
  /** The changes of one run; without it, the latest changes of all runs. */
  runId: z.uuid("mã lần đồng bộ không hợp lệ").optional(),
});

export const ProcedureSyncOverview = z.object({
  /** Whether the national portal is connected (NATIONAL_PORTAL_ENABLED). */
  portalEnabled: z.boolean(),
  /** The latest 30 runs, newest first. */
  runs: z.array(ProcedureSyncRun),
  /** Newest first, at most 500. */
  changes: z.array(ProcedureSyncChange),
});
export type ProcedureSyncOverview = z.infer<typeof ProcedureSyncOverview>;
