/**
 * Reports benchmark: the leaders' dashboard, the statistics, the usage per officer and the QĐ 766
 * indicators of the whole province (issue 13: "the dashboard's queries p95, each beside a SELECT
 * count(*) over the same table in the same run; the generator's run time and the database size").
 *
 * Usage:   npx tsx bench/dashboard.bench.ts                           (1,000,000 dossiers: long)
 *          BENCH_DOSSIERS=20000 BENCH_ROUNDS=10 npx tsx bench/dashboard.bench.ts
 *          BENCH_DATABASE_URL=postgres://… npx tsx bench/dashboard.bench.ts
 *            (times an existing database already filled by bench/generate-province.ts, as is)
 *
 * What it does, in one process:
 * 1. Starts a throw-away embedded PostgreSQL with the demo data and fills it with a year of a
 *    province's dossiers (bench/generate-province.ts, as bench/ii06a.bench.ts), then VACUUMs the
 *    table as autovacuum would; prints the generator's run time and the database's size.
 * 2. Times, for the whole province, one request at a time, BENCH_ROUNDS times each after two
 *    warm-up runs, beside `SELECT count(*) FROM dossier` through the same pool:
 *    - as of now, each of the dashboard's queries (the twelve months' trend, in progress by unit,
 *      by step, the late procedures), the whole dashboard (the four in parallel, as the route runs
 *      them), and the first page of the overdue drill-down (its total checked against the figure);
 *    - for the last whole month: the statistics by each grouping (field, unit, status, step,
 *      officer; their totals checked against each other), the usage per officer and the QĐ 766
 *      indicators.
 * Prints p50/p95/max per scenario and checks the budget: every scenario's p95 < 1 s (the budget of
 * a month's Biểu II.06a).
 */
import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { STATISTICS_GROUPINGS } from "../src/contracts/statistics.ts";
import { createDb, type Db } from "../src/server/db/database.ts";
import { listDashboardDossiers } from "../src/server/modules/reports/dashboard-dossiers.ts";
import { dashboardLateProcedures } from "../src/server/modules/reports/dashboard-late-procedures.ts";
import { dashboardByStep, dashboardByUnit } from "../src/server/modules/reports/dashboard-now.ts";
import { getDashboard } from "../src/server/modules/reports/dashboard-report.ts";
import { dashboardScope } from "../src/server/modules/reports/dashboard-scope.ts";
import { dashboardTrend } from "../src/server/modules/reports/dashboard-trend.ts";
import { get766Indicators } from "../src/server/modules/reports/get-766-indicators.ts";
import { getOfficerUsage } from "../src/server/modules/reports/officer-usage-report.ts";
import { getStatistics } from "../src/server/modules/reports/statistics-report.ts";
import { generateProvince } from "./generate-province.ts";
import { withDemoDatabase } from "./support.ts";
import { lastWholeMonth, measure, printTable, type Stats, sizesLine, time } from "./timing.ts";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const BUDGET_MS = 1_000;

/** The dashboard as of `now`: each query, the whole, the overdue drill-down. */
async function dashboardScenarios(db: Db, now: number): Promise<Stats[]> {
  const scope = dashboardScope(null, now);
  const dashboard = await getDashboard(db, {}, now);
  console.log(
    `\nDashboard, whole province: now ${JSON.stringify(dashboard.now)}; ${dashboard.byUnit.length} units, ` +
      `${dashboard.byStep.length} places, ${dashboard.lateProcedures.length} late procedures; ` +
      `last month ${JSON.stringify(dashboard.months.at(-2))}`,
  );
  const overdue = () => listDashboardDossiers(db, { figure: "overdue", page: 1, pageSize: 50 }, now);
  if ((await overdue()).total !== dashboard.now.overdue) throw new Error("the overdue list disagrees");
  return [
    await measure("dashboard: trend, 12 months (cols 4, 5, 8, 9, 10)", ROUNDS, () =>
      dashboardTrend(db, scope),
    ),
    await measure("dashboard: in progress now by unit", ROUNDS, () => dashboardByUnit(db, scope)),
    await measure("dashboard: in progress now by step", ROUNDS, () => dashboardByStep(db, scope)),
    await measure("dashboard: late procedures, 12 months", ROUNDS, () => dashboardLateProcedures(db, scope)),
    await measure("dashboard: whole (4 queries in parallel)", ROUNDS, () => getDashboard(db, {}, now)),
    await measure("dashboard: drill-down first page, overdue now", ROUNDS, overdue),
  ];
}

/** The last whole month's statistics by every grouping, the usage per officer, QĐ 766. */
async function monthScenarios(db: Db, now: number): Promise<Stats[]> {
  const month = lastWholeMonth(now);
  const totals = new Set<string>();
  for (const groupBy of STATISTICS_GROUPINGS) {
    const report = await getStatistics(db, { ...month, groupBy });
    totals.add(JSON.stringify(report.totals));
    console.log(`Statistics ${month.from}…${month.to} by ${groupBy}: ${report.rows.length} rows`);
  }
  if (totals.size !== 1)
    throw new Error(`the statistics' totals differ by grouping: ${[...totals].join(" ")}`);
  console.log(`Statistics totals: ${[...totals][0]}`);
  const usage = await getOfficerUsage(db, month);
  const indicators = await get766Indicators(db, month);
  console.log(
    `Officer usage: ${usage.rows.length} officers; QĐ 766: ${indicators.totals.pointsEarned} of ${indicators.totals.measuredMaxPoints} measured points`,
  );
  const statistics = [];
  for (const groupBy of STATISTICS_GROUPINGS)
    statistics.push(
      await measure(`statistics, one month, by ${groupBy}`, ROUNDS, () =>
        getStatistics(db, { ...month, groupBy }),
      ),
    );
  return [
    ...statistics,
    await measure("officer usage, one month", ROUNDS, () => getOfficerUsage(db, month)),
    await measure("QĐ 766 indicators, one month", ROUNDS, () => get766Indicators(db, month)),
  ];
}

/** Times every scenario on a database already filled, and prints the table and the budget. */
async function timeReports(db: Db, dossiers: number, now: number): Promise<boolean> {
  console.log(await sizesLine(db));
  const baseline = await measure("SELECT count(*) FROM dossier", ROUNDS, () =>
    sql`SELECT count(*) FROM dossier`.execute(db),
  );
  const scenarios = [...(await dashboardScenarios(db, now)), ...(await monthScenarios(db, now))];
  printTable(
    `${dossiers.toLocaleString("en")} dossiers, one request at a time`,
    [baseline, ...scenarios],
    baseline,
  );
  const [load1 = 0, load5 = 0] = loadavg();
  console.log(
    `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the end of the run.`,
  );
  const worst = scenarios.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const ok = worst.p95 < BUDGET_MS;
  console.log(
    `\nBudget: every scenario's p95 < ${BUDGET_MS} ms. Worst p95: ${worst.p95.toFixed(1)} ms (${worst.label}) → ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
}

async function main(): Promise<void> {
  const existing = process.env.BENCH_DATABASE_URL;
  if (existing) {
    const db = createDb(existing, 10);
    try {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier`.execute(db);
      process.exitCode = (await timeReports(db, rows[0]?.n ?? 0, Date.now())) ? 0 : 1;
    } finally {
      await db.destroy();
    }
    return;
  }
  await withDemoDatabase("dashboard", async (db) => {
    const now = Date.now();
    console.log(`Generating ${DOSSIERS.toLocaleString("en")} dossiers over the last 365 days…`);
    const generated = await time(() => generateProvince(db, { dossiers: DOSSIERS, now }));
    console.log(`Generator run time: ${(generated / 1000).toFixed(1)} s.`);
    const vacuumed = await time(() => sql`VACUUM (ANALYZE) dossier`.execute(db));
    console.log(`VACUUM (ANALYZE) dossier: ${(vacuumed / 1000).toFixed(1)} s.`);
    process.exitCode = (await timeReports(db, DOSSIERS, now)) ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
