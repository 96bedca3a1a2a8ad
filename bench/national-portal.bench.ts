/**
 * National portal sync benchmark (issue 12, INT-1): how many status changes per second reach the
 * portal and how late under a steady load, and what queuing the portal's message costs a dossier
 * command.
 *
 * Usage:   npx tsx bench/national-portal.bench.ts              (about two minutes)
 *          BENCH_RATE=100 BENCH_SECONDS=60 BENCH_COMMANDS=400 npx tsx bench/national-portal.bench.ts
 *
 * 1. Starts a throw-away embedded PostgreSQL with the demo data, and the national portal simulator
 *    on a free port; the portal switch on. The commands run on a working morning's clock
 *    (counter receptions need office hours), which the worker shares.
 * 2. Steady load: BENCH_RATE status changes per second for BENCH_SECONDS through the dossier use
 *    cases (reception, hand-over, return for supplement, supplement received: 4 per dossier, each
 *    its own transaction queuing its message), while one worker delivers them to the simulator
 *    through motcua's client (`DongBoHoSoMC` then `CapNhatTienDoHoSoMC`, each over HTTP). The
 *    worker has the production settings (batch NATIONAL_PORTAL_BATCH, one message at a time) but
 *    polls every BENCH_INTERVAL_MS (production: NATIONAL_PORTAL_INTERVAL_SECONDS, 2 s by default,
 *    which bounds the lag of a message arriving on an idle queue). Lag = delivered_at − created_at.
 * 3. Capacity: BENCH_BACKLOG changes queued with no worker running, then drained by one worker,
 *    one message at a time (production) and 10 at once: delivered changes per second.
 * 4. Command cost: the same reception and hand-over through their use cases, one at a time,
 *    alternating between the switch on (the command's transaction writes the portal's message)
 *    and off (the same statement reads the switch and writes nothing); ratio of the means.
 */

import { availableParallelism, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import type { Db } from "../src/server/db/database.ts";
import { deliverMessages } from "../src/server/modules/delivery/deliver-messages.ts";
import type { Destination } from "../src/server/modules/delivery/destination.ts";
import { startDeliveryWorker } from "../src/server/modules/delivery/start-delivery-worker.ts";
import { nextWorkingMorning } from "../src/server/modules/dossiers/test-support.ts";
import { createPortalClient } from "../src/server/modules/national-portal/portal-client.ts";
import { portalDestination } from "../src/server/modules/national-portal/portal-destination.ts";
import { recordPortalSwitch } from "../src/server/modules/national-portal/portal-switch.ts";
import {
  dossierDriver,
  inParallel,
  PORTAL_LOGIN,
  portalMessages,
} from "../src/server/modules/national-portal/test-support.ts";
import { startPortalSimulator } from "../src/server/modules/national-portal-simulator/start-simulator.ts";
import { withDemoDatabase } from "./support.ts";

const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 100);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 1_000);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 200);
/** The production default of NATIONAL_PORTAL_BATCH. */
const BATCH = 50;
/** Dossiers taken through each step together, so that a dossier's next change comes a while after the last. */
const GROUP = 50;

type Driver = Awaited<ReturnType<typeof dossierDriver>>;
type Row = [label: string, ...cells: string[]];

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function printTable(title: string, header: Row, rows: readonly Row[]): void {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)));
  const line = (row: Row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

/** Waits until every portal message is delivered; their count. */
async function delivered(db: Db): Promise<number> {
  for (;;) {
    const messages = await portalMessages(db);
    if (messages.every((m) => m.status === "delivered")) return messages.length;
    if (messages.some((m) => m.status === "parked")) throw new Error("a portal message was parked");
    await sleep(50);
  }
}

/**
 * The `n`-th change of the steady load: dossiers go through the steps in groups of GROUP (all
 * received, then all handed over, …), each change after its dossier's previous one.
 */
function steadyChanges(driver: Driver) {
  const idOf: Promise<string>[] = [];
  const last: Promise<unknown>[] = [];
  const perDossier = driver.changes + 1;
  return (n: number): Promise<unknown> => {
    const within = n % (GROUP * perDossier);
    const index = Math.floor(n / (GROUP * perDossier)) * GROUP + (within % GROUP);
    const step = Math.floor(within / GROUP);
    if (step === 0) idOf[index] = driver.receive();
    const previous = last[index] ?? Promise.resolve();
    last[index] =
      step === 0
        ? (idOf[index] as Promise<string>)
        : previous.then(async () => driver.change(await (idOf[index] as Promise<string>), step - 1));
    return last[index] as Promise<unknown>;
  };
}

/** RATE changes per second for SECONDS with a polling worker; the offered and delivered rates and the lags. */
async function steadyLoad(db: Db, driver: Driver, destination: Destination, clock: () => number) {
  const worker = startDeliveryWorker({
    db,
    destination,
    clock,
    log: pino({ level: "silent" }),
    intervalMs: INTERVAL_MS,
    batch: BATCH,
  });
  const change = steadyChanges(driver);
  const total = RATE * SECONDS;
  const commands: Promise<unknown>[] = [];
  const started = performance.now();
  for (let n = 0; n < total; n += 1) {
    const wait = started + (n * 1000) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    commands.push(change(n));
  }
  await Promise.all(commands);
  const offered = total / ((performance.now() - started) / 1000);
  const count = await delivered(db);
  await worker.stop();
  if (count !== total) throw new Error(`${count} messages for ${total} changes`);
  const rows = await db
    .selectFrom("outbox_message")
    .select(["created_at", "delivered_at"])
    .where("destination", "=", destination.name)
    .execute();
  const lags = rows.map((row) => (row.delivered_at?.getTime() ?? 0) - row.created_at.getTime());
  const first = Math.min(...rows.map((row) => row.created_at.getTime()));
  const lastDelivered = Math.max(...rows.map((row) => row.delivered_at?.getTime() ?? 0));
  await db.deleteFrom("outbox_message").execute();
  return { offered, deliveredRate: total / ((lastDelivered - first) / 1000), lags };
}

/** BACKLOG changes queued with no worker, then drained `concurrency` at a time; changes per second. */
async function drain(
  db: Db,
  driver: Driver,
  destination: Destination,
  clock: () => number,
  concurrency: number,
) {
  const ids: string[] = [];
  const dossiers = Math.ceil(BACKLOG / (driver.changes + 1));
  await inParallel(
    Array.from({ length: dossiers }, (_, i) => i),
    4,
    async () => ids.push(await driver.receive()),
  );
  for (let n = 0; n < driver.changes; n += 1) await inParallel(ids, 4, (id) => driver.change(id, n));
  const started = performance.now();
  while ((await deliverMessages(db, destination, clock, { batch: BATCH, concurrency })).delivered > 0);
  const seconds = (performance.now() - started) / 1000;
  const count = await delivered(db);
  await db.deleteFrom("outbox_message").execute();
  return count / seconds;
}

/** Reception and hand-over times (ms) with the portal switch on and off, alternating. */
async function commandTimes(db: Db, driver: Driver, clock: () => number) {
  const times = {
    on: { receive: [] as number[], handOver: [] as number[] },
    off: { receive: [] as number[], handOver: [] as number[] },
  };
  const once = async (on: boolean, record: boolean) => {
    await recordPortalSwitch(db, on, clock());
    const started = performance.now();
    const id = await driver.receive();
    const received = performance.now();
    await driver.change(id, 0);
    if (!record) return;
    const mode = times[on ? "on" : "off"];
    mode.receive.push(received - started);
    mode.handOver.push(performance.now() - received);
  };
  for (let i = 0; i < 20; i += 1) await once(i % 2 === 0, false); // warm-up
  for (let i = 0; i < COMMANDS; i += 1) {
    const order = i % 2 === 0 ? [true, false] : [false, true];
    for (const on of order) await once(on, true);
  }
  const queued = (await portalMessages(db)).length;
  if (queued !== 2 * (COMMANDS + 10)) throw new Error(`the switch on queued ${queued} messages`);
  return times;
}

async function main(): Promise<void> {
  await withDemoDatabase("national-portal", async (db) => {
    const sim = await startPortalSimulator({ port: 0, ...PORTAL_LOGIN });
    try {
      const base = await nextWorkingMorning(db);
      const started = Date.now();
      const clock = () => base + (Date.now() - started);
      await recordPortalSwitch(db, true, clock());
      const driver = await dossierDriver(db, clock);
      const client = createPortalClient({
        baseUrl: sim.url,
        ...PORTAL_LOGIN,
        agencyCode: "000.00.00.H56",
        timeoutMs: 15_000,
      });
      const destination = portalDestination(db, client, 12);
      console.log(`database and portal simulator ready (${sim.url})`);

      const { offered, deliveredRate, lags } = await steadyLoad(db, driver, destination, clock);
      printTable(
        `Steady load: ${RATE} changes/s for ${SECONDS} s, one worker polling every ${INTERVAL_MS} ms, batch ${BATCH}, one at a time`,
        ["", "changes/s", "lag p50", "lag p95", "lag p99", "lag max"],
        [
          ["offered (committed)", offered.toFixed(1), "", "", "", ""],
          [
            "delivered to the portal",
            deliveredRate.toFixed(1),
            ms(quantile(lags, 0.5)),
            ms(quantile(lags, 0.95)),
            ms(quantile(lags, 0.99)),
            ms(Math.max(...lags)),
          ],
        ],
      );

      const capacity: Row[] = [];
      for (const concurrency of [1, 10]) {
        const rate = await drain(db, driver, destination, clock, concurrency);
        capacity.push([`one worker, ${concurrency} at once`, rate.toFixed(0)]);
      }
      printTable(`Capacity: a backlog of ${BACKLOG} changes drained`, ["", "changes/s"], capacity);

      const times = await commandTimes(db, driver, clock);
      const row = (label: string, on: number[], off: number[]): Row => [
        label,
        ms(mean(off)),
        ms(mean(on)),
        `×${(mean(on) / mean(off)).toFixed(3)}`,
        ms(quantile(off, 0.5)),
        ms(quantile(on, 0.5)),
        `×${(quantile(on, 0.5) / quantile(off, 0.5)).toFixed(3)}`,
      ];
      printTable(
        `Command cost: ${COMMANDS} of each, one at a time, switch on and off alternating (use cases, no HTTP)`,
        ["command", "off mean", "on mean", "ratio", "off p50", "on p50", "ratio p50"],
        [
          row("counter reception", times.on.receive, times.off.receive),
          row("hand-over", times.on.handOver, times.off.handOver),
        ],
      );
      const [load1 = 0] = loadavg();
      console.log(
        `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) at the end.`,
      );
    } finally {
      await sim.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
