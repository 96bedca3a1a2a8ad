import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import type { Clock } from "./clock.ts";
import { runDueJobs } from "./run-due-jobs.ts";

/**
 * Runs `runDueJobs` every `intervalSeconds` (JOBS_INTERVAL_SECONDS), one sweep at a time: the
 * next starts `intervalSeconds` after the previous ended. Logs what the jobs did (counts only)
 * and any failure; a failed sweep is retried at the next tick. `stop()` cancels the next sweep
 * and waits for the one in progress, so the database can be closed after it.
 */
export function scheduleDueJobs(
  db: Db,
  clock: Clock,
  intervalSeconds: number,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const sweep = async () => {
    try {
      const counts = await runDueJobs(db, clock);
      const acted = Object.values(counts).some((c) => c.applied + c.refused + c.skipped > 0);
      if (acted) log.info({ jobs: counts }, "dossier jobs swept");
    } catch (error) {
      log.error({ err: error }, "dossier jobs failed; retrying at the next sweep");
    }
  };
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = sweep().then(next);
    }, intervalSeconds * 1000);
  };
  next();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
