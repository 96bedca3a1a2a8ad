import type { Logger } from "pino";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../dossiers/clock.ts";
import { configuredPortal } from "../national-portal/portal-destination.ts";
import { configuredEmail } from "../notifications/email-destination.ts";
import { type DeliveryWorker, startDeliveryWorker } from "./start-delivery-worker.ts";

/**
 * One worker per configured destination: "email" when `SMTP_URL` is set (else the applicants'
 * e-mails wait in the outbox, nothing is lost); "national-portal" unless
 * `NATIONAL_PORTAL_ENABLED=false` (INT-1, national-portal/README.md). Called by main.ts (unless
 * `DELIVERY_WORKER=off`) and by `npm run worker`.
 */
export function startDelivery(config: Config, db: Db, clock: Clock, log: Logger): DeliveryWorker {
  const workers: DeliveryWorker[] = [];
  const email = configuredEmail(config);
  if (email) {
    workers.push(
      startDeliveryWorker({
        db,
        destination: email.destination,
        clock,
        log: log.child({ module: "delivery" }),
        intervalMs: config.NOTIFY_INTERVAL_SECONDS * 1000,
        batch: config.NOTIFY_BATCH,
        onStop: () => email.mailer.close(),
      }),
    );
  } else {
    log.warn("SMTP_URL not set: applicants' e-mails wait in the outbox");
  }
  const portal = configuredPortal(config, db);
  if (portal) {
    workers.push(
      startDeliveryWorker({
        db,
        destination: portal,
        clock,
        log: log.child({ module: "delivery" }),
        intervalMs: config.NATIONAL_PORTAL_INTERVAL_SECONDS * 1000,
        batch: config.NATIONAL_PORTAL_BATCH,
      }),
    );
  }
  return {
    async stop() {
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}
