import type { Logger } from "pino";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { createMailer } from "./mailer.ts";
import { type NotificationDispatcher, startNotificationDispatcher } from "./start-notification-dispatcher.ts";

/**
 * The e-mail dispatcher the configuration asks for: none without `SMTP_URL` (the messages wait in
 * the outbox, nothing is lost), else one sending through that server.
 */
export function startNotifications(
  config: Config,
  db: Db,
  clock: Clock,
  log: Logger,
): NotificationDispatcher | null {
  if (!config.SMTP_URL) {
    log.warn("SMTP_URL not set: applicants' e-mails wait in the outbox");
    return null;
  }
  return startNotificationDispatcher({
    db,
    mailer: createMailer(config.SMTP_URL, config.MAIL_FROM),
    clock,
    log: log.child({ module: "notifications" }),
    intervalMs: config.NOTIFY_INTERVAL_SECONDS * 1000,
    batch: config.NOTIFY_BATCH,
    maxAttempts: config.NOTIFY_MAX_ATTEMPTS,
    lookupBaseUrl: config.PUBLIC_URL,
  });
}
