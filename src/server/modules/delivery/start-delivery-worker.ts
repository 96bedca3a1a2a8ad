import type { Logger } from "pino";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { type DeliveryOptions, deliverMessages } from "./deliver-messages.ts";
import type { Destination } from "./destination.ts";

interface DeliveryWorkerSettings extends DeliveryOptions {
  readonly db: Db;
  readonly destination: Destination;
  readonly clock: Clock;
  readonly log: Pick<Logger, "info" | "warn" | "error">;
  /** Pause between rounds when nothing more is due (ms). */
  readonly intervalMs: number;
  /** Called once the worker has stopped (e.g. to close the mailer). */
  readonly onStop?: () => void;
}

export interface DeliveryWorker {
  /** Waits for the round in progress, then stops. */
  stop(): Promise<void>;
}

/**
 * Runs `deliverMessages` for one destination in rounds: at once again while full batches go
 * out, after `intervalMs` otherwise. Rounds never overlap in one worker; several workers, in
 * this process or others, share the outbox safely. A round that fails (database unavailable) is
 * logged and the next one comes after the interval; the messages are still there.
 */
export function startDeliveryWorker(settings: DeliveryWorkerSettings): DeliveryWorker {
  const { db, destination, clock, log } = settings;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    let full = false;
    try {
      const report = await deliverMessages(db, destination, clock, settings);
      full = report.delivered === settings.batch;
      const context = { destination: destination.name, delivery: report };
      if (report.delivered > 0) log.info(context, "messages delivered");
      if (report.lastError !== null) log.warn(context, "delivery failed");
    } catch (error) {
      log.error({ err: error, destination: destination.name }, "delivery round failed");
    }
    schedule(full ? 0 : settings.intervalMs);
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round();
    }, delay);
    timer.unref();
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      settings.onStop?.();
    },
  };
}
