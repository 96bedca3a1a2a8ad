/** Load over real HTTP for the benchmarks: requests sent by a fixed number of concurrent clients. */
import { stats } from "./timing.ts";

export interface LoadRun {
  /** Each request's latency, in ms. */
  latencies: number[];
  /** Wall time of the whole run. */
  seconds: number;
  /** How many answers of each HTTP status. */
  statuses: Map<number, number>;
}

/**
 * Sends every request with `connections` clients at once (Node's fetch keeps one connection alive
 * for each); each request resolves to its HTTP status.
 */
export async function load(requests: (() => Promise<number>)[], connections: number): Promise<LoadRun> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        if (!request) break;
        const at = performance.now();
        const status = await request();
        latencies.push(performance.now() - at);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, statuses };
}

/**
 * Sends the requests at a steady `perSecond` over `connections` clients (each its own schedule,
 * evenly staggered), as a crowd of independent users would, not as fast as answers come back. A
 * request's latency runs from when it was due, so a client held up by a slow answer counts the
 * wait of the requests queued behind it (no coordinated omission).
 */
export async function loadAtRate(
  requests: (() => Promise<number>)[],
  connections: number,
  perSecond: number,
): Promise<LoadRun> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const interval = (1000 * connections) / perSecond;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let k = 0; client + k * connections < requests.length; k += 1) {
        const request = requests[client + k * connections];
        if (!request) break;
        const due = started + (client * interval) / connections + k * interval;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const status = await request();
        latencies.push(performance.now() - due);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, statuses };
}

/** A GET whose body is read to the end; resolves to its status. */
export function getStatus(url: string): () => Promise<number> {
  return async () => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  };
}

export const LOAD_TABLE_HEADER = [
  "| scenario               |     n |   req/s | p50 ms | p95 ms | p99 ms | statuses |",
  "|------------------------|-------|---------|--------|--------|--------|----------|",
].join("\n");

/** Prints one row of LOAD_TABLE_HEADER's table; returns the requests per second and the p99. */
export function reportLoad(label: string, run: LoadRun): { perSecond: number; p99: number } {
  const s = stats(label, run.latencies);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0;
  const perSecond = run.latencies.length / run.seconds;
  console.log(
    `| ${label.padEnd(22)} | ${String(s.n).padStart(5)} | ${perSecond.toFixed(0).padStart(7)} | ${s.p50.toFixed(1).padStart(6)} | ${s.p95.toFixed(1).padStart(6)} | ${p99.toFixed(1).padStart(6)} | ${[...run.statuses].map(([k, v]) => `${k}×${v}`).join(" ")} |`,
  );
  return { perSecond, p99 };
}
