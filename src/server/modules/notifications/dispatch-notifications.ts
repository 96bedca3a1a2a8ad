import type { Db } from "../../db/database.ts";
import type { NotificationOutboxRow } from "../../db/schema/notifications.ts";
import { lookupUrl } from "../documents/qr.ts";
import type { Clock } from "../dossiers/clock.ts";
import { MailDeliveryError, type Mailer, type OutgoingMail } from "./mailer.ts";

export interface DispatchOptions {
  /** At most this many messages in one round. */
  readonly batch: number;
  /** The public site (PUBLIC_URL): the lookup link of each message is `<base>/tra-cuu?ma=<code>`. */
  readonly lookupBaseUrl: string;
  /** After this many failed attempts a message is `failed` (default 10, about 8.5 hours). */
  readonly maxAttempts?: number;
}

export interface DispatchReport {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
  /** The last delivery error of the round, credentials removed. */
  lastError: string | null;
}

const DEFAULT_MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;

/** Backoff: 1 minute after the first failure, doubling, at most 6 hours. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** The e-mail of an outbox row: its body, the dossier's lookup link and the signature. */
function mailOf(row: NotificationOutboxRow, lookupBaseUrl: string): OutgoingMail {
  return {
    to: row.recipient,
    subject: row.subject,
    text: [
      row.body,
      `Tra cứu tình trạng hồ sơ: ${lookupUrl(lookupBaseUrl, row.dossier_code)}`,
      "Trân trọng,\nBộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa)\n(Thư gửi tự động, xin vui lòng không trả lời thư này.)",
    ].join("\n\n"),
    messageId: `<${row.id}@motcua>`,
  };
}

type Outcome = { kind: "sent" } | { kind: "retrying" | "failed"; error: MailDeliveryError };

/** The oldest due pending row, locked for this transaction; rows other dispatchers hold are skipped. */
function claimNext(trx: Db, now: number): Promise<NotificationOutboxRow | undefined> {
  return trx
    .selectFrom("notification_outbox")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", new Date(now))
    .orderBy("next_attempt_at")
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

async function recordFailure(
  trx: Db,
  row: NotificationOutboxRow,
  error: MailDeliveryError,
  now: number,
  maxAttempts: number,
): Promise<Outcome> {
  const attempts = row.attempts + 1;
  const kind = attempts >= maxAttempts ? "failed" : "retrying";
  await trx
    .updateTable("notification_outbox")
    .set({
      status: kind === "failed" ? "failed" : "pending",
      attempts,
      last_error: error.message,
      next_attempt_at: new Date(now + retryDelay(attempts)),
    })
    .where("id", "=", row.id)
    .execute();
  return { kind, error };
}

/**
 * One message, in one transaction: claim it, send it, record the outcome. The row stays locked
 * while it is sent, so no other dispatcher sends it at the same time; a crash before the commit
 * leaves it pending, to be sent again (at least once; the Message-ID is the row's).
 */
function dispatchOne(
  db: Db,
  mailer: Mailer,
  clock: Clock,
  options: DispatchOptions,
): Promise<Outcome | null> {
  return db.transaction().execute(async (trx) => {
    const row = await claimNext(trx, clock());
    if (!row) return null;
    try {
      await mailer.send(mailOf(row, options.lookupBaseUrl));
    } catch (error) {
      if (!(error instanceof MailDeliveryError)) throw error;
      return recordFailure(trx, row, error, clock(), options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    }
    await trx
      .updateTable("notification_outbox")
      .set({ status: "sent", sent_at: new Date(clock()), attempts: row.attempts + 1 })
      .where("id", "=", row.id)
      .execute();
    return { kind: "sent" };
  });
}

/**
 * A round of the outbox (house rule 8): sends up to `batch` due messages, oldest first. A failure
 * of the server or the connection ends the round (the others would fail the same way and wait).
 */
export async function dispatchNotifications(
  db: Db,
  mailer: Mailer,
  clock: Clock,
  options: DispatchOptions,
): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0, lastError: null };
  for (let count = 0; count < options.batch; count += 1) {
    const outcome = await dispatchOne(db, mailer, clock, options);
    if (!outcome) break;
    report[outcome.kind] += 1;
    if (outcome.kind === "sent") continue;
    report.lastError = outcome.error.message;
    if (outcome.error.serverDown) break;
  }
  return report;
}
