import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { MINUTE, nextWorkingMorning } from "../dossiers/test-support.ts";
import { type PortalSimulator, startPortalSimulator } from "../national-portal-simulator/start-simulator.ts";
import { recordPortalSwitch } from "./portal-switch.ts";
import {
  dossierDriver,
  expectPortalInStep,
  inParallel,
  PORTAL_LOGIN,
  portalMessages,
  until,
  untilAllDelivered,
} from "./test-support.ts";

/**
 * INT-1: the sync survives its worker being killed. The worker is `npm run worker`'s entry
 * (delivery/worker-cli.ts) in a child process, configured by its environment like a deployment:
 * the test database, the simulator's URL, and a test clock file (TEST_CLOCK_FILE) that keeps the
 * worker's time on the commands' clock (a working morning) and lets the restarted worker reach the
 * end of the dead worker's lease (5 minutes by default) without waiting for it.
 */

const DOSSIERS = 75;
/** Each answer of the portal while the first worker runs comes this late, so deliveries are in flight when it dies. */
const SLOW_MS = 25;
/** Messages fully delivered before the kill: some, not all. */
const DELIVERED_BEFORE_KILL = 40;

let database: TestDatabase;
let sim: PortalSimulator;
let clockDir: string;
let base: number;
let worker: ChildProcess | undefined;
const started = Date.now();
const commandClock = () => base + (Date.now() - started);

beforeAll(async () => {
  database = await createTestDatabase();
  base = await nextWorkingMorning(database.db);
  sim = await startPortalSimulator({ port: 0, ...PORTAL_LOGIN });
  clockDir = await mkdtemp(path.join(tmpdir(), "motcua-portal-crash-"));
});
afterAll(async () => {
  worker?.kill("SIGKILL");
  await sim?.close();
  await database?.drop();
  await rm(clockDir, { recursive: true, force: true });
});

/** Starts `npm run worker`'s entry against the test database and the simulator, its clock `aheadMs` past the commands'. */
async function startWorker(aheadMs: number): Promise<ChildProcess> {
  const clockFile = path.join(clockDir, `clock-${aheadMs}.json`);
  await writeFile(clockFile, JSON.stringify({ offsetMs: base - started + aheadMs }));
  const { SMTP_URL: _noEmail, MIGRATION_DATABASE_URL: _noMigration, ...inherited } = process.env;
  const entry = fileURLToPath(new URL("../delivery/worker-cli.ts", import.meta.url));
  return spawn(process.execPath, ["--import", "tsx", entry], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...inherited,
      DATABASE_URL: database.url,
      NATIONAL_PORTAL_ENABLED: "true",
      NATIONAL_PORTAL_URL: sim.url,
      NATIONAL_PORTAL_USERNAME: PORTAL_LOGIN.username,
      NATIONAL_PORTAL_PASSWORD: PORTAL_LOGIN.password,
      NATIONAL_PORTAL_INTERVAL_SECONDS: "0.05",
      NATIONAL_PORTAL_TIMEOUT_MS: "60000",
      TEST_CLOCK_FILE: clockFile,
      LOG_LEVEL: "error",
    },
  });
}

/** The outbox message ids whose snapshot (`DongBoHoSoMC`) and progress (`CapNhatTienDoHoSoMC`) took effect on the portal. */
function effectsOnPortal() {
  const synced = new Set<string>();
  const progressed = new Set<string>();
  for (const key of sim.effectsByKey().keys()) {
    const [id, operation] = key.split(":") as [string, string];
    (operation === "tiendo" ? progressed : synced).add(id);
  }
  return { synced, progressed };
}

async function killHard(child: ChildProcess) {
  child.kill("SIGKILL");
  if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
}

describe("the portal sync across a worker crash (INT-1)", () => {
  it(`INT-1: ${DOSSIERS} dossiers change status ${DOSSIERS * 4} times; the worker process is killed with SIGKILL mid-delivery and restarted; every change arrives, in order, the portal takes no effect twice and its status equals motcua's`, {
    // Generous for a loaded machine (the worker is a separate Node process started with tsx).
    timeout: 300_000,
  }, async () => {
    const { db } = database;
    await recordPortalSwitch(db, true, commandClock());
    const driver = await dossierDriver(db, commandClock);
    const total = DOSSIERS * (driver.changes + 1);
    await sim.setFault({ kind: "slow", delayMs: SLOW_MS });

    worker = await startWorker(0);
    const ids: string[] = [];
    const changes = (async () => {
      await inParallel(
        Array.from({ length: DOSSIERS }, (_, i) => i),
        4,
        async () => ids.push(await driver.receive()),
      );
      for (let n = 0; n < driver.changes; n += 1) await inParallel(ids, 4, (id) => driver.change(id, n));
    })();

    // Killed mid-delivery, once some messages are delivered; most often (the portal answers slowly)
    // while one message's snapshot has taken effect and its progress record has not: the restarted
    // worker must then send it again, and the portal must not apply it twice.
    let inFlight = "";
    let progressedCount = 0;
    await until(
      () => {
        const { synced, progressed } = effectsOnPortal();
        inFlight = [...synced].find((id) => !progressed.has(id)) ?? "";
        progressedCount = progressed.size;
        if (worker && worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
        return progressed.size >= DELIVERED_BEFORE_KILL;
      },
      2,
      120_000,
      "deliveries under way",
    ).catch((error: Error) => {
      throw new Error(`${error.message}; ${progressedCount} delivered to the portal by then`);
    });
    await killHard(worker);
    await changes;

    const atKill = await portalMessages(db);
    const deliveredAtKill = atKill.filter((m) => m.status === "delivered").length;
    expect(deliveredAtKill).toBeGreaterThan(0);
    expect(deliveredAtKill).toBeLessThan(total);
    if (inFlight) expect(atKill.find((m) => m.id === inFlight)?.status).toBe("queued");

    await sim.setFault(null);
    // 7 hours on: past the dead worker's lease (5 minutes) and past any backoff (at most 6 hours) a
    // loaded machine may have caused, so the restarted worker takes every message at once.
    worker = await startWorker(7 * 60 * MINUTE);
    await untilAllDelivered(db, total, 100, 120_000);
    worker.kill("SIGTERM");
    await once(worker, "exit");

    const messages = await portalMessages(db);
    const effects = sim.effectsByKey();
    expect([...effects.values()].every((count) => count === 1)).toBe(true);
    const { synced, progressed } = effectsOnPortal();
    expect(messages.every((m) => synced.has(m.id) && progressed.has(m.id))).toBe(true);
    if (inFlight) {
      const resent = [...sim.requestsByKey()].filter(
        ([key, requests]) => key.startsWith(inFlight) && requests > 1,
      );
      expect(resent.length).toBeGreaterThan(0);
    }
    expect(ids).toHaveLength(DOSSIERS);
    await expectPortalInStep(db, sim, ids, driver.codes);
  });
});
