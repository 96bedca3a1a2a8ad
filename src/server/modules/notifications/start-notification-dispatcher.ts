import type { Logger } from "pino";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { type DispatchOptions, dispatchNotifications } from "./dispatch-notifications.ts";
import type { Mailer } from "./mailer.ts";

export interface NotificationDispatcherSettings extends DispatchOptions {
  readonly db: Db;
  /** Owned by the dispatcher from now on: `stop()` closes it. */
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly log: Pick<Logger, "info" | "warn" | "error">;
  /** Pause between rounds when the outbox has nothing more to send (ms). */
  readonly intervalMs: number;
}

export interface NotificationDispatcher {
  /** Waits for the round in progress, stops, and closes the mailer. */
  stop(): Promise<void>;
}

/**
 * Runs `dispatchNotifications` in rounds: at once again while full batches go out, after
 * `intervalMs` otherwise. Rounds never overlap in one process; several processes share the outbox
 * safely (SKIP LOCKED). A round that fails (database unavailable) is logged and the next one
 * comes after the interval; the rows are still there.
 */
export function startNotificationDispatcher(
  settings: NotificationDispatcherSettings,
): NotificationDispatcher {
  const { db, mailer, clock, log } = settings;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    let full = false;
    try {
      const report = await dispatchNotifications(db, mailer, clock, settings);
      full = report.sent === settings.batch;
      if (report.sent > 0) log.info({ notifications: report }, "notifications sent");
      if (report.lastError !== null) log.warn({ notifications: report }, "notification delivery failed");
    } catch (error) {
      log.error({ err: error }, "notification dispatch round failed");
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
      mailer.close();
    },
  };
}
