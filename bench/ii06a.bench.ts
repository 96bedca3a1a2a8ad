/**
 * Biểu II.06a benchmark (issue 13: the whole province's II.06a for one month over 1,000,000
 * dossiers in under 1 s).
 *
 * Usage:   npx tsx bench/ii06a.bench.ts                          (about 10 minutes on 2 cores)
 *          BENCH_DOSSIERS=200000 BENCH_ROUNDS=20 npx tsx bench/ii06a.bench.ts
 *          BENCH_EXPLAIN=1 …                                      (also prints the query plans)
 *
 * What it does, in one process:
 * 1. Starts a throw-away embedded PostgreSQL with the demo data and fills it with a year of a
 *    province's dossiers (bench/generate-province.ts), then VACUUMs the table as autovacuum would
 *    (the report reads the table's visible rows from its index, migration 0021); prints the
 *    generator's and VACUUM's run times and the sizes of the database and of the dossier table
 *    (with its indexes and TOAST).
 * 2. Reports on the last whole month before today (Vietnam time): the province's Biểu II.06a by
 *    unit and by field (getIi06aReport, every row and the totals) and the first page of the
 *    drill-down behind two province totals (listIi06aDossiers: the page and its total), one
 *    request at a time, BENCH_ROUNDS times each after two warm-up runs. Baseline in the same run:
 *    `SELECT count(*) FROM dossier` through the same pool; each scenario's p50 is also given as a
 *    multiple of the baseline's.
 * Prints p50/p95/max per scenario and checks the budget (II.06a for a month, p95 < 1 s).
 */
import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Db } from "../src/server/db/database.ts";
import type { Database } from "../src/server/db/schema.ts";
import type { Ii06aColumn } from "../src/server/modules/reports/counting-conventions.ts";
import { getIi06aReport } from "../src/server/modules/reports/get-ii06a-report.ts";
import { listIi06aDossiers } from "../src/server/modules/reports/list-ii06a-dossiers.ts";
import { generateProvince } from "./generate-province.ts";
import { withDemoDatabase } from "./support.ts";
import { lastWholeMonth, measure, printTable, sizesLine, time } from "./timing.ts";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const BUDGET_MS = 1_000;

const measureRounds = (label: string, work: () => Promise<unknown>) => measure(label, ROUNDS, work);

/** BENCH_EXPLAIN=1: runs `work` once on its own connection, then EXPLAIN ANALYZEs every query it sent. */
async function explain(url: string, title: string, work: (db: Db) => Promise<unknown>): Promise<void> {
  const sent: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query") sent.push(event.query);
    },
  });
  try {
    await work(logged);
    for (const query of sent) {
      const plan = await pool.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
        query.parameters as unknown[],
      );
      console.log(`\n── ${title}: ${query.sql.slice(0, 60).replace(/\s+/g, " ")}…`);
      for (const row of plan.rows) console.log(row["QUERY PLAN"]);
    }
  } finally {
    await logged.destroy();
  }
}

async function main(): Promise<void> {
  await withDemoDatabase("ii06a", async (db, { url }) => {
    const now = Date.now();
    console.log(`Generating ${DOSSIERS.toLocaleString("en")} dossiers over the last 365 days…`);
    const generated = await time(async () => {
      const summary = await generateProvince(db, { dossiers: DOSSIERS, now });
      const { templates, clone, analyze } = summary.milliseconds;
      console.log(
        `  ${summary.templates} templates by the lifecycle (${(templates / 1000).toFixed(1)} s), ` +
          `cloned in SQL (${(clone / 1000).toFixed(1)} s), ANALYZE (${(analyze / 1000).toFixed(1)} s); ` +
          `${summary.agencies} receiving agencies.`,
      );
      console.log(`  By status: ${JSON.stringify(summary.byStatus)}`);
    });
    console.log(`Generator run time: ${(generated / 1000).toFixed(1)} s.`);
    // What autovacuum does after such an insert: without it, an index-only scan still reads the table.
    const vacuumed = await time(() => sql`VACUUM (ANALYZE) dossier`.execute(db));
    console.log(`VACUUM (ANALYZE) dossier: ${(vacuumed / 1000).toFixed(1)} s.`);
    console.log(await sizesLine(db));

    const month = lastWholeMonth(now);
    const byUnit = { ...month, by: "unit" as const };
    const byField = { ...month, by: "field" as const };
    const report = await getIi06aReport(db, byUnit);
    const fields = await getIi06aReport(db, byField);
    console.log(
      `\nII.06a ${report.periodLabel}, whole province: ${report.rows.length} units, ${fields.rows.length} fields; ` +
        `totals ${JSON.stringify(report.totals)}`,
    );
    if (JSON.stringify(report.totals) !== JSON.stringify(fields.totals))
      throw new Error("the totals by unit and by field differ");
    const drillDown = (column: Ii06aColumn) => () =>
      listIi06aDossiers(db, { ...byUnit, column, page: 1, pageSize: 50 });
    for (const column of ["received", "in_progress_overdue"] as const) {
      const page = await drillDown(column)();
      if (page.total !== report.totals[column]) throw new Error(`the list behind ${column} disagrees`);
    }

    if (process.env.BENCH_EXPLAIN) {
      await explain(url, "II.06a by unit", (logged) => getIi06aReport(logged, byUnit));
      await explain(url, "drill-down, in progress overdue", (logged) =>
        listIi06aDossiers(logged, { ...byUnit, column: "in_progress_overdue", page: 1, pageSize: 50 }),
      );
    }

    const baseline = await measureRounds("SELECT count(*) FROM dossier", () =>
      sql`SELECT count(*) FROM dossier`.execute(db),
    );
    const scenarios = [
      await measureRounds("II.06a, province by unit, one month", () => getIi06aReport(db, byUnit)),
      await measureRounds("II.06a, province by field, one month", () => getIi06aReport(db, byField)),
      await measureRounds("drill-down first page: received (col. 3)", drillDown("received")),
      await measureRounds(
        "drill-down first page: in progress overdue (col. 13)",
        drillDown("in_progress_overdue"),
      ),
    ];
    printTable(
      `${DOSSIERS.toLocaleString("en")} dossiers, ${report.periodLabel}, one request at a time`,
      [baseline, ...scenarios],
      baseline,
    );

    const [load1 = 0, load5 = 0] = loadavg();
    console.log(
      `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the end of the run.`,
    );
    const worst = scenarios.slice(0, 2).reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const ok = worst.p95 < BUDGET_MS;
    console.log(
      `\nBudget: the province's II.06a for a month p95 < ${BUDGET_MS} ms. Worst p95: ${worst.p95.toFixed(1)} ms (${worst.label}) → ${ok ? "PASS" : "FAIL"}`,
    );
    process.exitCode = ok ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
