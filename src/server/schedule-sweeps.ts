import type { FastifyBaseLogger } from "fastify";

/**
 * Runs `sweep` every `intervalSeconds` in this process, one sweep at a time: the next starts
 * `intervalSeconds` after the previous ended. A failure is logged (as `name`) and the sweep is
 * tried again at the next tick. `stop()` cancels the next sweep and waits for the one in
 * progress, so the database can be closed after it. Sweeps must be safe when several instances
 * run them at once (SKIP LOCKED, bounded statements).
 */
export function scheduleSweeps(
  name: string,
  intervalSeconds: number,
  log: FastifyBaseLogger,
  sweep: () => Promise<void>,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const guarded = async () => {
    try {
      await sweep();
    } catch (error) {
      log.error({ err: error }, `${name} failed; retrying at the next sweep`);
    }
  };
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = guarded().then(next);
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
