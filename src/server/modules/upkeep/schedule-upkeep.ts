import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/database.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import { runUpkeep, type UpkeepSettings } from "./run-upkeep.ts";

/** Runs `runUpkeep` every `intervalSeconds` (UPKEEP_INTERVAL_SECONDS) and logs what it deleted. */
export function scheduleUpkeep(
  db: Db,
  settings: UpkeepSettings,
  intervalSeconds: number,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  return scheduleSweeps("upkeep", intervalSeconds, log, async () => {
    const deleted = await runUpkeep(db, settings);
    if (Object.values(deleted).some((n) => n > 0)) log.info({ deleted }, "upkeep swept");
  });
}
