import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import type { Clock } from "./clock.ts";
import { runDueJobs } from "./run-due-jobs.ts";

/**
 * Runs `runDueJobs` every `intervalSeconds` (JOBS_INTERVAL_SECONDS), one sweep at a time, and
 * logs what the jobs did (counts only); see `scheduleSweeps` for failures and `stop()`.
 */
export function scheduleDueJobs(
  db: Db,
  clock: Clock,
  intervalSeconds: number,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  return scheduleSweeps("dossier jobs", intervalSeconds, log, async () => {
    const counts = await runDueJobs(db, clock);
    const acted = Object.values(counts).some((c) => c.applied + c.refused + c.skipped > 0);
    if (acted) log.info({ jobs: counts }, "dossier jobs swept");
  });
}
