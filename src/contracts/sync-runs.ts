import { z } from "zod";

/**
 * What the procedure sync (CFG-1) and the reconciliation (INT-1) share about their runs: who
 * started one and when, its status, the run started on demand, and the overview's list of runs.
 */

export const instant = z.iso.datetime({ offset: true });
export const RunStatus = z.enum(["running", "succeeded", "failed"]);
export const RunTrigger = z.enum(["manual", "schedule"]);

export const SyncRun = z.object({
  id: z.uuid(),
  trigger: RunTrigger,
  /** The officer who started it; null for the daily schedule. */
  startedBy: z.string().nullable(),
  startedAt: instant,
  finishedAt: instant.nullable(),
  status: RunStatus,
  error: z.string().nullable(),
});
export type SyncRun = z.infer<typeof SyncRun>;

/** A run started on demand (202): its id; its progress is read on the overview. */
export const StartedRun = z.object({ id: z.uuid() });
export type StartedRun = z.infer<typeof StartedRun>;

/** The query of an overview: the run to show (`invalidRun`: the message when its id is not one). */
export function runQuery(invalidRun: string) {
  return z.object({ runId: z.uuid(invalidRun).optional() });
}

/** An overview: whether the national portal is connected (NATIONAL_PORTAL_ENABLED) and the latest 30 runs, newest first. */
export function runsOverview<R extends z.ZodType>(run: R) {
  return z.object({ portalEnabled: z.boolean(), runs: z.array(run) });
}
