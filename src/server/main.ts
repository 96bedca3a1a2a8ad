import { pino } from "pino";
import { buildApp, loggerOptions } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { checkDatabaseRole, openDatabase } from "./db/open-database.ts";
import { DEMO_EID_ACCOUNTS, DEMO_EID_PASSWORD, fullNameOf } from "./db/seed/demo-citizens.ts";
import { DEMO_OFFICERS, DEMO_PASSWORD } from "./db/seed/demo-organization.ts";
import { loadBaseData } from "./db/seed/load-base-data.ts";
import { loadDemoData } from "./db/seed/load-demo-data.ts";
import { checkpointFiles } from "./modules/audit/checkpoint-file.ts";
import { startCheckpoints } from "./modules/audit/start-checkpoints.ts";
import { startDelivery } from "./modules/delivery/start-delivery.ts";
import { clockOf } from "./modules/dossiers/clock.ts";
import { refreshAfterRulesChange } from "./modules/dossiers/refresh-after-rules-change.ts";
import { scheduleDueJobs } from "./modules/dossiers/schedule-due-jobs.ts";
import { portalClientOf } from "./modules/national-portal/portal-client-of.ts";
import { recordPortalSwitch } from "./modules/national-portal/portal-switch.ts";
import { PORTAL_SIMULATOR_PREFIX, usesMountedSimulator } from "./modules/national-portal-simulator/mount.ts";
import { createPaymentPlatformClient } from "./modules/payments/payment-platform-client.ts";
import { schedulePaymentReconciliation } from "./modules/payments/schedule-payment-reconciliation.ts";
import { schedulePaymentStatusQueries } from "./modules/payments/settle-by-status-query.ts";
import { startPortalIntakePolling } from "./modules/portal-intake/start-portal-intake.ts";
import { scheduleProcedureSync } from "./modules/procedure-sync/schedule-procedure-sync.ts";
import { scheduleReconciliation } from "./modules/reconciliation/schedule-reconciliation.ts";
import { scheduleAutomaticMonthClose } from "./modules/reports/close-months-automatically.ts";
import { upkeepSettingsOf } from "./modules/upkeep/run-upkeep.ts";
import { scheduleUpkeep } from "./modules/upkeep/schedule-upkeep.ts";

/**
 * `npm start`: reads the configuration, starts the embedded PostgreSQL when DATABASE_URL is not
 * set, migrates, loads the demo data and serves the API and the web app.
 */
async function main(config: Config): Promise<void> {
  const log = pino(loggerOptions(config.LOG_LEVEL));
  const started = performance.now();
  const database = await openDatabase(config, (message) => log.debug({ postgres: message.trim() }));
  try {
    checkDatabaseRole(database.excessPrivileges, config, (message) => log.warn(message));
  } catch (error) {
    await database.close();
    throw error;
  }
  log.info(
    { embedded: database.embedded, migrationsApplied: database.appliedMigrations.map((m) => m.name) },
    database.embedded
      ? `embedded PostgreSQL ready (data in ${config.DATA_DIR})`
      : "connected to DATABASE_URL",
  );
  await loadBaseData(database.db);
  if (config.SEED_DEMO_DATA) log.info(await loadDemoData(database.db), "demo data loaded");

  const clock = clockOf(config);
  const refreshed = await refreshAfterRulesChange(database.db, clock());
  if (refreshed !== null)
    log.info({ refreshed }, "open dossiers' time columns recomputed for new deadline rules");
  if (config.TEST_CLOCK_FILE) log.warn({ file: config.TEST_CLOCK_FILE }, "test clock in use (testing only)");
  // INT-1: whether dossier changes queue messages for the national portal (every instance agrees).
  await recordPortalSwitch(database.db, config.NATIONAL_PORTAL_ENABLED, clock());
  const app = await buildApp(config, database.db, log, { clock });
  const jobs =
    config.JOBS_INTERVAL_SECONDS > 0
      ? scheduleDueJobs(database.db, clock, config.JOBS_INTERVAL_SECONDS, log)
      : null;
  const upkeep =
    config.UPKEEP_INTERVAL_SECONDS > 0
      ? scheduleUpkeep(database.db, upkeepSettingsOf(config), config.UPKEEP_INTERVAL_SECONDS, log)
      : null;
  const delivery =
    config.DELIVERY_WORKER === "in-process" ? startDelivery(config, database.db, clock, log) : null;
  const intake =
    config.DELIVERY_WORKER === "in-process"
      ? startPortalIntakePolling(config, database.db, clock, log)
      : null;
  // CFG-1, INT-1: the daily procedure sync and the scheduled reconciliation, when the portal is on.
  const portal = portalClientOf(config);
  const portalJobs = portal
    ? [
        scheduleProcedureSync(database.db, portal, clock, log),
        ...(config.NATIONAL_PORTAL_RECONCILE_MINUTES > 0
          ? [
              scheduleReconciliation(
                database.db,
                portal,
                config.NATIONAL_PORTAL_RECONCILE_MINUTES,
                clock,
                log,
              ),
            ]
          : []),
      ]
    : [];
  // PAY-1: requests without a callback are settled by a status query.
  const paymentQueries = schedulePaymentStatusQueries(
    database.db,
    clock,
    createPaymentPlatformClient(config),
    { intervalSeconds: config.PAYMENT_SWEEP_SECONDS, afterMinutes: config.PAYMENT_STATUS_QUERY_MINUTES },
    log,
  );
  // RPT-4: a month nobody closed is closed by the system once its last working day has ended.
  const monthClose = scheduleAutomaticMonthClose(database.db, clock, log);
  // PAY-3: yesterday's reconciliation with the platform's settlement file, once per agency.
  const paymentReconciliation =
    config.PAYMENT_SWEEP_SECONDS > 0
      ? schedulePaymentReconciliation(database.db, clock, createPaymentPlatformClient(config), log)
      : null;
  const checkpoints = await startCheckpoints(
    database.db,
    checkpointFiles(config),
    config.AUDIT_CHECKPOINT_MINUTES,
    log,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    // Jobs first (the sweep in progress ends), then HTTP, then the database they both use.
    await jobs?.stop();
    await upkeep?.stop();
    await delivery?.stop();
    await intake?.stop();
    await Promise.all(portalJobs.map((job) => job.stop()));
    await paymentQueries?.stop();
    await paymentReconciliation?.stop();
    await monthClose.stop();
    await checkpoints.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
  // `kill` of `npm start` ends npm and its shell, not always this process: when our parent goes
  // away we are re-parented, and stop the same way, so no PostgreSQL is left behind.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop("parent exited"), 500).unref();

  await app.listen({ host: config.HOST, port: config.PORT });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  printWelcome(config, seconds);
}

function printWelcome(config: Config, seconds: string): void {
  const url = `http://localhost:${config.PORT}`;
  const accounts = config.SEED_DEMO_DATA
    ? [
        `Tài khoản cán bộ mẫu (demo officer accounts), mật khẩu / password: ${DEMO_PASSWORD}`,
        ...DEMO_OFFICERS.map(
          (o) => `  ${o.username.padEnd(20)} ${o.fullName} — ${o.roles.map((r) => r.role).join(", ")}`,
        ),
      ]
    : [];
  const citizens = config.EID_ISSUER_URL
    ? []
    : [
        `Người dân đăng nhập VNeID thử nghiệm (e-ID simulator), mật khẩu / password: ${DEMO_EID_PASSWORD}`,
        ...DEMO_EID_ACCOUNTS.map(
          (a) =>
            `  ${a.identityNumber.padEnd(20)} ${fullNameOf(a)} — mức ${a.identityLevel}${a.organization ? `, đại diện ${a.organization.name}` : ""}`,
        ),
      ];
  console.log(
    [
      "",
      `motcua sẵn sàng sau ${seconds} giây / ready in ${seconds} s`,
      `  Cổng dịch vụ công (portal):   ${url}/`,
      `  Đăng nhập cán bộ (sign-in):   ${url}/dang-nhap`,
      `  Tài liệu API (OpenAPI):       ${url}/api/docs`,
      ...(usesMountedSimulator(config)
        ? [`  Cổng DVCQG giả lập (portal simulator): ${url}${PORTAL_SIMULATOR_PREFIX}/`]
        : []),
      ...accounts,
      ...citizens,
      "",
    ].join("\n"),
  );
}

try {
  await main(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("motcua không khởi động được (failed to start):", error);
  }
  process.exit(1);
}
