import type { FastifyBaseLogger } from "fastify";
import type { TransactionNotice } from "../../../contracts/payment-platform.ts";
import type { Db } from "../../db/database.ts";
import type { PaymentRequestRow } from "../../db/schema/payments.ts";
import { scheduleSweeps } from "../../schedule-sweeps.ts";
import { jobAuditScope, withAuditScope } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";
import { logged } from "./handle-callback.ts";
import type { PaymentPlatformClient } from "./payment-platform-client.ts";
import { PAYMENT_JOB, settleNotice } from "./settle-notice.ts";

/** Requests asked about per sweep; the rest wait for the next one. */
const BATCH = 100;
/** A request still pending this long after it was made is expired (a later payment still counts). */
const EXPIRY_MS = 24 * 3_600_000;

export interface SweepCounts {
  queried: number;
  settled: number;
  expired: number;
  failed: number;
}

/**
 * PAY-1: a callback may never come (lost, the platform down). Every open request made more than
 * `afterMinutes` ago, and not asked about in that time, is looked up with a status query; the
 * signed answer is settled exactly as a callback would be (`settleNotice`: one payment, the fee
 * pause resumed), each request in its own transaction with its log row. Several instances may
 * sweep at once: the request row is locked and its status checked again under the lock.
 */
export async function settleByStatusQuery(
  db: Db,
  clock: Clock,
  client: PaymentPlatformClient,
  afterMinutes: number,
): Promise<SweepCounts> {
  const counts: SweepCounts = { queried: 0, settled: 0, expired: 0, failed: 0 };
  const before = new Date(clock() - afterMinutes * 60_000);
  const candidates = await db
    .selectFrom("payment_request")
    .selectAll()
    .where("status", "=", "requested")
    .where("platform", "=", client.platform)
    .where("created_at", "<=", before)
    .where((eb) => eb.or([eb("queried_at", "is", null), eb("queried_at", "<=", before)]))
    .orderBy("created_at")
    .limit(BATCH)
    .execute();
  for (const request of candidates) {
    counts.queried += 1;
    let notice: TransactionNotice;
    try {
      notice = await client.queryTransaction(request.transaction_ref);
    } catch {
      counts.failed += 1;
      continue;
    }
    const result = await settleOne(db, clock, client.platform, request, notice);
    if (result !== "pending") counts[result] += 1;
  }
  return counts;
}

async function settleOne(
  db: Db,
  clock: Clock,
  platform: string,
  request: PaymentRequestRow,
  notice: TransactionNotice,
): Promise<"settled" | "expired" | "pending"> {
  return withAuditScope(jobAuditScope(PAYMENT_JOB), () =>
    db.transaction().execute(async (trx) => {
      const settled = await settleNotice(trx, clock, platform, notice);
      if (settled.verdict !== "duplicate")
        await logged(trx, clock, JSON.stringify(notice), notice, settled, "status_query");
      if (notice.status !== "pending") return "settled";
      const expired = clock() - request.created_at.getTime() >= EXPIRY_MS;
      await trx
        .updateTable("payment_request")
        .set(
          expired ? { status: "expired", settled_at: new Date(clock()) } : { queried_at: new Date(clock()) },
        )
        .where("id", "=", request.id)
        .where("status", "=", "requested")
        .execute();
      return expired ? "expired" : "pending";
    }),
  );
}

/** The sweep on its timer (schedule-sweeps.ts), started by main.ts; null when switched off. */
export function schedulePaymentStatusQueries(
  db: Db,
  clock: Clock,
  client: PaymentPlatformClient,
  config: { intervalSeconds: number; afterMinutes: number },
  log: FastifyBaseLogger,
): { stop(): Promise<void> } | null {
  if (config.intervalSeconds <= 0) return null;
  return scheduleSweeps("payment status query", config.intervalSeconds, log, async () => {
    const counts = await settleByStatusQuery(db, clock, client, config.afterMinutes);
    if (counts.queried > 0) log.info({ counts }, "payment status query");
  });
}
