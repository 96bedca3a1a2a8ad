/**
 * Leaders' dashboard benchmark (issue 13: "the dashboard's queries p95, each beside a SELECT
 * count(*) over the same table in the same run").
 *
 * Usage:   npx tsx bench/dashboard.bench.ts                           (1,000,000 dossiers: long)
 *          BENCH_DOSSIERS=20000 BENCH_ROUNDS=10 npx tsx bench/dashboard.bench.ts
 *
 * What it does, in one process:
 * 1. Starts a throw-away embedded PostgreSQL with the demo data and fills it with a year of a
 *    province's dossiers (bench/generate-province.ts, as bench/ii06a.bench.ts), then VACUUMs the
 *    table as autovacuum would.
 * 2. Times, for the whole province as of now, one request at a time, BENCH_ROUNDS times each after
 *    two warm-up runs: each of the dashboard's queries (the twelve months' trend, in progress by
 *    unit, by step, the late procedures), the whole dashboard (the four in parallel, as the route
 *    runs them), and the first page of the overdue drill-down; beside `SELECT count(*) FROM
 *    dossier` through the same pool. Checks that the overdue list's total is the overdue figure.
 * Prints p50/p95/max per scenario and checks the budget (the whole dashboard p95 < 1 s, the
 * budget of a month's Biểu II.06a).
 */
import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { listDashboardDossiers } from "../src/server/modules/reports/dashboard-dossiers.ts";
import { dashboardLateProcedures } from "../src/server/modules/reports/dashboard-late-procedures.ts";
import { dashboardByStep, dashboardByUnit } from "../src/server/modules/reports/dashboard-now.ts";
import { getDashboard } from "../src/server/modules/reports/dashboard-report.ts";
import { dashboardScope } from "../src/server/modules/reports/dashboard-scope.ts";
import { dashboardTrend } from "../src/server/modules/reports/dashboard-trend.ts";
import { generateProvince } from "./generate-province.ts";
import { withDemoDatabase } from "./support.ts";
import { measure, printTable, time } from "./timing.ts";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const BUDGET_MS = 1_000;

async function main(): Promise<void> {
  await withDemoDatabase("dashboard", async (db) => {
    const now = Date.now();
    console.log(`Generating ${DOSSIERS.toLocaleString("en")} dossiers over the last 365 days…`);
    const generated = await time(() => generateProvince(db, { dossiers: DOSSIERS, now }));
    console.log(`Generator run time: ${(generated / 1000).toFixed(1)} s.`);
    const vacuumed = await time(() => sql`VACUUM (ANALYZE) dossier`.execute(db));
    console.log(`VACUUM (ANALYZE) dossier: ${(vacuumed / 1000).toFixed(1)} s.`);

    const scope = dashboardScope(null, now);
    const dashboard = await getDashboard(db, {}, now);
    console.log(
      `\nDashboard, whole province: now ${JSON.stringify(dashboard.now)}; ${dashboard.byUnit.length} units, ` +
        `${dashboard.byStep.length} places, ${dashboard.lateProcedures.length} late procedures; ` +
        `last month ${JSON.stringify(dashboard.months.at(-2))}`,
    );
    const overdue = () => listDashboardDossiers(db, { figure: "overdue", page: 1, pageSize: 50 }, now);
    if ((await overdue()).total !== dashboard.now.overdue) throw new Error("the overdue list disagrees");

    const baseline = await measure("SELECT count(*) FROM dossier", ROUNDS, () =>
      sql`SELECT count(*) FROM dossier`.execute(db),
    );
    const whole = await measure("whole dashboard (4 queries in parallel)", ROUNDS, () =>
      getDashboard(db, {}, now),
    );
    const scenarios = [
      await measure("trend, 12 months (cols 4, 5, 8, 9, 10)", ROUNDS, () => dashboardTrend(db, scope)),
      await measure("in progress now by unit", ROUNDS, () => dashboardByUnit(db, scope)),
      await measure("in progress now by step", ROUNDS, () => dashboardByStep(db, scope)),
      await measure("late procedures, 12 months", ROUNDS, () => dashboardLateProcedures(db, scope)),
      whole,
      await measure("drill-down first page: overdue now", ROUNDS, overdue),
    ];
    printTable(
      `${DOSSIERS.toLocaleString("en")} dossiers, one request at a time`,
      [baseline, ...scenarios],
      baseline,
    );

    const [load1 = 0, load5 = 0] = loadavg();
    console.log(
      `\nMachine: ${availableParallelism()} CPUs, load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the end of the run.`,
    );
    const ok = whole.p95 < BUDGET_MS;
    console.log(
      `\nBudget: the whole dashboard p95 < ${BUDGET_MS} ms. p95: ${whole.p95.toFixed(1)} ms → ${ok ? "PASS" : "FAIL"}`,
    );
    process.exitCode = ok ? 0 : 1;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
