/** Timing helpers of the benchmarks: run a piece of work several times and print its percentiles. */
import { sql } from "kysely";
import type { Db } from "../src/server/db/database.ts";

export type Stats = { label: string; n: number; p50: number; p95: number; max: number };

export function stats(label: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { label, n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

export async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Two warm-up runs, then `rounds` timed ones, one at a time. */
export async function measure(label: string, rounds: number, work: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < 2; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await time(work));
  return stats(label, samples);
}

/** A Markdown table of the scenarios, each p50 also as a multiple of the baseline's. */
export function printTable(title: string, rows: Stats[], baseline: Stats): void {
  const header = ["scenario", "n", "p50 ms", "p95 ms", "max ms", "p50 ÷ count(*)"];
  const cells = rows.map((r) => [
    r.label,
    String(r.n),
    ...[r.p50, r.p95, r.max].map((x) => x.toFixed(1)),
    `${(r.p50 / baseline.p50).toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) =>
    `| ${c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

/** The sizes of the database and of the dossier table (with its indexes and TOAST), as one line. */
export async function sizesLine(db: Db): Promise<string> {
  const { rows } = await sql<{ database: string; dossier: string; heap: string; indexes: string }>`
    SELECT pg_database_size(current_database()) AS database,
           pg_total_relation_size('dossier') AS dossier,
           pg_relation_size('dossier') AS heap,
           pg_indexes_size('dossier') AS indexes`.execute(db);
  const size = rows[0];
  if (!size) return "Sizes: unknown.";
  return (
    `Sizes: database ${megabytes(Number(size.database))}; dossier table ${megabytes(Number(size.dossier))} in all ` +
    `(heap ${megabytes(Number(size.heap))}, indexes ${megabytes(Number(size.indexes))}, the rest TOAST).`
  );
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The first and last day (ISO, Vietnam time) of the last whole month before `now`. */
export function lastWholeMonth(now: number): { from: string; to: string } {
  const today = new Date(now + VIETNAM_OFFSET_MS);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
