import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { startDeliveryWorker } from "../delivery/start-delivery-worker.ts";
import { MINUTE, nextWorkingMorning } from "../dossiers/test-support.ts";
import { type PortalSimulator, startPortalSimulator } from "../national-portal-simulator/start-simulator.ts";
import { createPortalClient } from "./portal-client.ts";
import { configuredPortal, portalDestination } from "./portal-destination.ts";
import { recordPortalSwitch } from "./portal-switch.ts";
import {
  dossierDriver,
  expectPortalInStep,
  inParallel,
  PORTAL_LOGIN,
  portalMessages,
  untilAllDelivered,
} from "./test-support.ts";

/**
 * The dossier sync to the national portal (INT-1) against PostgreSQL and the portal simulator:
 * changes made through the real use cases, delivered by a real worker through motcua's client.
 * Backoff is crossed with the worker's clock, which runs ahead of the commands' clock.
 */

const DOSSIERS = Number(process.env.PORTAL_TEST_DOSSIERS ?? 1_000);
let database: TestDatabase;
let sim: PortalSimulator;
let base: number;
const started = Date.now();
/** The commands' clock: a working morning, moving with real time. */
const commandClock = () => base + (Date.now() - started);

beforeAll(async () => {
  database = await createTestDatabase();
  base = await nextWorkingMorning(database.db);
  sim = await startPortalSimulator({ port: 0, ...PORTAL_LOGIN });
});
afterAll(async () => {
  await sim?.close();
  await database?.drop();
});

describe("the dossier sync to the national portal (INT-1)", () => {
  it("INT-1: NATIONAL_PORTAL_ENABLED=false queues nothing and runs no worker; the switch on, each change queues one message", async () => {
    const { db } = database;
    const driver = await dossierDriver(db, commandClock);
    await driver.receive(); // never switched on: off
    await recordPortalSwitch(db, false, commandClock());
    await driver.receive();
    expect(await portalMessages(db)).toEqual([]);
    expect(configuredPortal({ ...loadConfig({}), NATIONAL_PORTAL_ENABLED: false }, db)).toBeNull();

    await recordPortalSwitch(db, true, commandClock());
    const id = await driver.receive();
    await driver.change(id, 0);
    const messages = await portalMessages(db);
    expect(messages.map((m) => [m.ordering_key, m.payload.version, m.payload.first])).toEqual([
      [id, 1, true],
      [id, 2, false],
    ]);
    await db.deleteFrom("outbox_message").execute();
  });

  it("INT-1: 1,000 dossiers change status 4 times while the portal refuses connections, answers 500, then times out; after it recovers every change arrives once, in order, and the portal's status equals motcua's", {
    timeout: 240_000,
  }, async () => {
    const { db } = database;
    await recordPortalSwitch(db, true, commandClock());
    const driver = await dossierDriver(db, commandClock);
    let skipped = 0;
    const ids: string[] = [];
    const worker = startDeliveryWorker({
      db,
      destination: portalDestination(
        db,
        createPortalClient({
          baseUrl: sim.url,
          ...PORTAL_LOGIN,
          agencyCode: "000.00.00.H56",
          timeoutMs: 300,
        }),
        100,
      ),
      clock: () => commandClock() + skipped,
      log: pino({ level: "silent" }),
      intervalMs: 20,
      batch: 200,
      concurrency: 10,
      leaseMs: 24 * 60 * MINUTE,
    });
    // Every 50 ms the worker's clock moves 5 minutes: the backoff (1 min doubling, at most 6 h) passes.
    const pump = setInterval(() => {
      skipped += 5 * MINUTE;
    }, 50);
    try {
      await sim.setFault({ kind: "refuse" });
      await inParallel(
        Array.from({ length: DOSSIERS }, (_, i) => i),
        4,
        async () => ids.push(await driver.receive()),
      );
      await sim.setFault({ kind: "error500" });
      await inParallel(ids, 8, (id) => driver.change(id, 0));
      await sim.setFault({ kind: "timeout" });
      await inParallel(ids, 8, (id) => driver.change(id, 1));
      const failing = (await portalMessages(db)).filter((m) => m.attempts > 0 && m.status === "queued");
      expect(failing.length).toBeGreaterThan(0);
      await sim.setFault(null);
      await inParallel(ids, 8, (id) => driver.change(id, 2));

      await untilAllDelivered(db, DOSSIERS * (driver.changes + 1), 200, 120_000);
    } finally {
      clearInterval(pump);
      await worker.stop();
    }

    expect(ids).toHaveLength(DOSSIERS);
    await expectPortalInStep(db, sim, ids, driver.codes);
    expect([...sim.effectsByKey().values()].every((effects) => effects <= 1)).toBe(true);
  });
});
