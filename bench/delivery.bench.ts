/**
 * Delivery outbox benchmark (issue 12): how fast workers drain the outbox, how late messages
 * arrive under a steady load, and what queuing a message costs a dossier command.
 *
 * Usage:   npx tsx bench/delivery.bench.ts                   (about a minute)
 *          BENCH_MESSAGES=50000 BENCH_RATE=100 BENCH_SECONDS=60 npx tsx bench/delivery.bench.ts
 *
 * 1. Starts a throw-away embedded PostgreSQL, migrates it, loads the demo data.
 * 2. Throughput: BENCH_MESSAGES queued messages over 2,000 ordering keys, drained by one worker,
 *    then by two at once, with a no-op sender (what the outbox itself costs: claim, lease, record).
 * 3. Lag: a producer writes BENCH_RATE messages per second, each in its own transaction, for
 *    BENCH_SECONDS, while a worker polls every 100 ms (the interval is a setting: NOTIFY_INTERVAL_SECONDS
 *    for e-mail); lag = delivered_at − created_at.
 * 4. Command cost: the same counter reception through the HTTP app (`app.inject`), one at a time,
 *    alternating between an applicant with an e-mail address (the reception queues its e-mail in
 *    its transaction) and one without (nothing queued); the ratio of the means is the outbox's cost.
 */

import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { pino } from "pino";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { Db } from "../src/server/db/database.ts";
import { deliverMessages } from "../src/server/modules/delivery/deliver-messages.ts";
import type { Destination } from "../src/server/modules/delivery/destination.ts";
import { enqueueMessages } from "../src/server/modules/delivery/enqueue-messages.ts";
import { startDeliveryWorker } from "../src/server/modules/delivery/start-delivery-worker.ts";
import { signInCookie, withDemoDatabase } from "./support.ts";

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5_000);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 200);
const KEYS = 2_000;

const noop: Destination = { name: "bench", maxAttempts: 10, send: async () => undefined };
const clock = () => Date.now();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function fill(db: Db): Promise<void> {
  await sql`INSERT INTO outbox_message (destination, ordering_key, payload, next_attempt_at, created_at)
    SELECT 'bench', 'key-' || (i % ${KEYS}), jsonb_build_object('n', i), now(), now()
      FROM generate_series(1, ${MESSAGES}) AS i`.execute(db);
}

/** Drains the outbox with `workers` concurrent loops sending `concurrency` at once; messages per second. */
async function drain(db: Db, workers: number, concurrency: number): Promise<number> {
  await fill(db);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while ((await deliverMessages(db, noop, clock, { batch: 500, concurrency })).delivered > 0);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const left = await db
    .selectFrom("outbox_message")
    .select(db.fn.countAll<string>().as("n"))
    .where("status", "=", "queued")
    .executeTakeFirstOrThrow();
  if (Number(left.n) !== 0) throw new Error(`${left.n} messages left undelivered`);
  await db.deleteFrom("outbox_message").execute();
  return MESSAGES / seconds;
}

/** Steady load with a polling worker; the lags (ms) of every message. */
async function lagUnderLoad(db: Db): Promise<{ lags: number[]; rate: number }> {
  const worker = startDeliveryWorker({
    db,
    destination: noop,
    clock,
    log: pino({ level: "silent" }),
    intervalMs: 100,
    batch: 500,
  });
  const total = RATE * SECONDS;
  const started = performance.now();
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    await db
      .transaction()
      .execute((trx) =>
        enqueueMessages(trx, [
          { destination: "bench", orderingKey: `key-${n % 50}`, payload: { n }, at: Date.now() },
        ]),
      );
  }
  const rate = total / ((performance.now() - started) / 1000);
  const undelivered = () =>
    db
      .selectFrom("outbox_message")
      .select(db.fn.countAll<string>().as("n"))
      .where("status", "=", "queued")
      .executeTakeFirstOrThrow();
  while (Number((await undelivered()).n) > 0) await sleep(50);
  await worker.stop();
  const rows = await db.selectFrom("outbox_message").select(["created_at", "delivered_at"]).execute();
  await db.deleteFrom("outbox_message").execute();
  return { lags: rows.map((row) => (row.delivered_at?.getTime() ?? 0) - row.created_at.getTime()), rate };
}

async function receptionTimes(db: Db): Promise<{ queued: number[]; plain: number[] }> {
  const app = await buildApp(
    { ...loadConfig({}), LOG_LEVEL: "silent", SESSION_TTL_HOURS: 1, WEB_DIST_DIR: "" },
    db,
  );
  await app.ready();
  const cookie = await signInCookie(app);
  const idOf = async (table: "agency" | "procedure", code: string) =>
    (await db.selectFrom(table).select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
  const ids = {
    agencyId: await idOf("agency", "000.00.06.H56"),
    procedureId: await idOf("procedure", "1.003198"),
  };
  const body = (email?: string) => ({
    ...ids,
    channel: "counter",
    applicant: {
      kind: "individual",
      name: "Nguyễn Văn An",
      idNumber: "038085012345",
      address: "Số 12 phố Trần Phú",
      ...(email ? { email } : {}),
    },
    components: [{ index: 0, originals: 1 }, { index: 1, originals: 1 }, { index: 2 }],
    resultDelivery: "counter",
    outcome: { kind: "complete" },
  });
  const receive = async (payload: object) => {
    const started = performance.now();
    const response = await app.inject({ method: "POST", url: "/api/dossiers", headers: { cookie }, payload });
    if (response.statusCode !== 201) throw new Error(`reception: ${response.statusCode} ${response.body}`);
    return performance.now() - started;
  };
  const times = { queued: [] as number[], plain: [] as number[] };
  for (let i = 0; i < 20; i += 1) await receive(body(i % 2 ? "an@example.vn" : undefined)); // warm-up
  for (let i = 0; i < COMMANDS; i += 1) {
    const first = i % 2 === 0;
    const withEmail = async () => times.queued.push(await receive(body("an@example.vn")));
    const without = async () => times.plain.push(await receive(body()));
    for (const run of first ? [withEmail, without] : [without, withEmail]) await run();
  }
  const queued = await db
    .selectFrom("outbox_message")
    .select(db.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(queued.n) < COMMANDS) throw new Error("the receptions with an e-mail queued nothing");
  await app.close();
  return times;
}

async function main(): Promise<void> {
  await withDemoDatabase("delivery", async (db) => {
    console.log("database ready");
    console.log(`Throughput, no-op sender, ${MESSAGES} messages over ${KEYS} keys:`);
    for (const [workers, concurrency] of [
      [1, 1],
      [2, 1],
      [1, 20],
      [2, 20],
    ] as const) {
      const rate = await drain(db, workers, concurrency);
      console.log(`  ${workers} worker(s), ${concurrency} at once: ${rate.toFixed(0)} messages/s`);
    }

    const { lags, rate } = await lagUnderLoad(db);
    console.log(
      `Delivery lag at ${rate.toFixed(1)} messages/s for ${SECONDS} s (worker polls every 100 ms):`,
    );
    console.log(
      `  p50 ${ms(quantile(lags, 0.5))}  p95 ${ms(quantile(lags, 0.95))}  p99 ${ms(quantile(lags, 0.99))}  max ${ms(Math.max(...lags))}`,
    );

    const { queued, plain } = await receptionTimes(db);
    console.log(`Counter reception (POST /api/dossiers), ${COMMANDS} each, alternating:`);
    console.log(
      `  without a message: mean ${ms(mean(plain))}  p50 ${ms(quantile(plain, 0.5))}  p95 ${ms(quantile(plain, 0.95))}`,
    );
    console.log(
      `  queuing its e-mail: mean ${ms(mean(queued))}  p50 ${ms(quantile(queued, 0.5))}  p95 ${ms(quantile(queued, 0.95))}`,
    );
    console.log(
      `  cost of the outbox: ×${(mean(queued) / mean(plain)).toFixed(3)} (mean), ×${(quantile(queued, 0.5) / quantile(plain, 0.5)).toFixed(3)} (p50)`,
    );
  });
}

await main();
