/**
 * `npm run worker`: a delivery worker on its own, for scaling out (run as many as needed, on any
 * machine; set DELIVERY_WORKER=off on the app instances to keep delivery out of them). It uses
 * the application's database (DATABASE_URL, migrated by the app) and the same settings.
 */
import { pino } from "pino";
import { loggerOptions } from "../../app.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { createDb } from "../../db/database.ts";
import { clockOf } from "../dossiers/clock.ts";
import { startPortalIntakePolling } from "../portal-intake/start-portal-intake.ts";
import { startDelivery } from "./start-delivery.ts";

try {
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    throw new ConfigError("DATABASE_URL: bắt buộc cho npm run worker (the worker shares the app's database)");
  }
  const log = pino(loggerOptions(config.LOG_LEVEL));
  const db = createDb(config.DATABASE_URL);
  const worker = startDelivery(config, db, clockOf(config), log);
  const intake = startPortalIntakePolling(config, db, clockOf(config), log);
  // The workers' timers do not hold a process open (in the app, its server does): this one keeps
  // `npm run worker` running while there is nothing to deliver, until it is told to stop.
  const keepAlive = setInterval(() => {}, 60_000);
  log.info("delivery worker started");
  const stop = async (signal: string) => {
    log.info({ signal }, "delivery worker stopping");
    clearInterval(keepAlive);
    await worker.stop();
    await intake?.stop();
    await db.destroy();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop(signal));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
