import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { IntegrationsOverview } from "../../../contracts/delivery.ts";
import { call, createDossierTestApp, type DossierTestApp, officerCookies } from "../dossiers/test-support.ts";
import { deliverMessages } from "./deliver-messages.ts";
import { DeliveryFailure, type Destination, type OutgoingMessage, retryDelay } from "./destination.ts";
import { enqueueMessages } from "./enqueue-messages.ts";

/**
 * The delivery outbox against PostgreSQL (INT-1: every change, in order, at least once,
 * deduplicated by the receiver), with test destinations whose senders record what they receive.
 * The clock is the test's: backoff and leases are crossed by moving it.
 */

const DEST = "test-portal";
let t: DossierTestApp;
let admin: string;

beforeAll(async () => {
  t = await createDossierTestApp(Date.UTC(2026, 11, 7, 2));
  admin = (await officerCookies(t.app, ["admin"])).admin as string;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.deleteFrom("outbox_message").execute();
});

interface Received {
  id: string;
  key: string;
  n: number;
}

/** A destination whose sender records each delivery, after `behaviour` lets it through. */
function recorder(
  behaviour: (message: OutgoingMessage, signal: AbortSignal) => Promise<void> = async () => undefined,
  maxAttempts = 10,
): Destination & { received: Received[] } {
  const received: Received[] = [];
  return {
    name: DEST,
    maxAttempts,
    received,
    async send(message, signal) {
      await behaviour(message, signal);
      const payload = message.payload as { n: number };
      received.push({ id: message.id, key: message.orderingKey, n: payload.n });
    },
  };
}

/** Writes `count` messages per key, numbered in writing order, each in its own transaction. */
async function enqueue(keys: readonly string[], count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    for (const key of keys) {
      await t.db
        .transaction()
        .execute((trx) =>
          enqueueMessages(trx, [{ destination: DEST, orderingKey: key, payload: { n }, at: t.clock.now() }]),
        );
    }
  }
}

const messages = () => t.db.selectFrom("outbox_message").selectAll().orderBy("seq").execute();
const overview = async () => {
  const response = await call(t.app, admin, "GET", "/api/admin/integrations");
  expect(response.status).toBe(200);
  return response.body as IntegrationsOverview;
};
const healthOf = async (name: string) => (await overview()).integrations.find((i) => i.destination === name);

describe("the delivery outbox (INT-1)", () => {
  it("INT-1: two concurrent workers (one sending 5 at once) deliver every message in order per dossier, even when sends fail at random", async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `dossier-${i}`);
    await enqueue(keys, 6);
    let calls = 0;
    const destination = recorder(async () => {
      calls += 1;
      await sleep(calls % 3);
      if (calls % 4 === 0) throw new DeliveryFailure("503 busy", false);
    });
    for (let round = 0; round < 40; round += 1) {
      const reports = await Promise.all([
        deliverMessages(t.db, destination, t.clock.now, { batch: 50 }),
        deliverMessages(t.db, destination, t.clock.now, { batch: 50, concurrency: 5 }),
      ]);
      if (reports.every((report) => report.delivered + report.retrying === 0)) break;
      t.clock.advance(retryDelay(10));
    }
    for (const key of keys) {
      expect(destination.received.filter((r) => r.key === key).map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5]);
    }
    expect((await messages()).every((row) => row.status === "delivered")).toBe(true);
  });

  it("INT-1: a failing sender is retried with capped exponential backoff, then parked; its dossier's followers wait", async () => {
    await enqueue(["d1"], 2);
    const down = recorder(async () => {
      throw new DeliveryFailure("connect ECONNREFUSED", true);
    }, 3);
    const round = () => deliverMessages(t.db, down, t.clock.now, { batch: 10 });

    expect(await round()).toEqual({
      delivered: 0,
      retrying: 1,
      parked: 0,
      lastError: "connect ECONNREFUSED",
    });
    let [first] = await messages();
    expect(first?.next_attempt_at.getTime()).toBe(t.clock.now() + 60_000);
    expect((await round()).retrying).toBe(0);
    t.clock.advance(60_000);
    expect((await round()).retrying).toBe(1);
    [first] = await messages();
    expect(first?.next_attempt_at.getTime()).toBe(t.clock.now() + 120_000);
    t.clock.advance(120_000);
    expect((await round()).parked).toBe(1);
    expect([retryDelay(1), retryDelay(2), retryDelay(20)]).toEqual([60_000, 120_000, 6 * 3_600_000]);

    const [parked, follower] = await messages();
    expect(parked).toMatchObject({ status: "parked", attempts: 3, last_error: "connect ECONNREFUSED" });
    expect(follower).toMatchObject({ status: "queued", attempts: 0 });
    t.clock.advance(retryDelay(20));
    const up = recorder();
    expect(
      (await deliverMessages(t.db, { ...up, maxAttempts: 3 }, t.clock.now, { batch: 10 })).delivered,
    ).toBe(0);
    expect(await healthOf(DEST)).toMatchObject({
      queued: 1,
      parked: 1,
      blocked: 1,
      failing: 0,
      delivered: 0,
      lastError: { message: "connect ECONNREFUSED" },
    });
    expect((await healthOf(DEST))?.oldestWaitingSeconds).toBeGreaterThan(0);
    expect((await overview()).parked).toMatchObject([{ id: parked?.id, attempts: 3, blockedFollowers: 1 }]);
  });

  it("INT-1: an administrator's retry queues a parked message again; it is delivered, then its follower", async () => {
    await enqueue(["d2"], 2);
    await deliverMessages(
      t.db,
      recorder(async () => Promise.reject(new Error("500")), 1),
      t.clock.now,
      {
        batch: 10,
      },
    );
    const [parked] = await messages();
    expect(parked?.status).toBe("parked");

    const retried = await call(t.app, admin, "POST", `/api/admin/integrations/messages/${parked?.id}/retry`);
    expect(retried).toEqual({ status: 200, body: { id: parked?.id, status: "queued" } });
    const again = await call(t.app, admin, "POST", `/api/admin/integrations/messages/${parked?.id}/retry`);
    expect(again.status).toBe(409);

    const up = recorder();
    expect((await deliverMessages(t.db, up, t.clock.now, { batch: 10 })).delivered).toBe(2);
    expect(up.received.map((r) => [r.id, r.n])).toEqual([
      [parked?.id, 0],
      [expect.any(String), 1],
    ]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["object_type", "outcome", "detail"])
      .where("object_id", "=", parked?.id ?? "")
      .orderBy("seq")
      .execute();
    expect(audit.map((row) => row.outcome)).toEqual(["success", "rejected"]);
    expect(audit[0]).toMatchObject({
      object_type: "outbox_message",
      detail: { action: "retry", destination: DEST },
    });
  });

  it("SEC-2: discarding a parked message needs a reason, is audited with it, and lets its followers go", async () => {
    await enqueue(["d3"], 2);
    await deliverMessages(
      t.db,
      recorder(async () => Promise.reject(new Error("422 rejected")), 1),
      t.clock.now,
      {
        batch: 10,
      },
    );
    const [parked] = await messages();
    const url = `/api/admin/integrations/messages/${parked?.id}/discard`;
    expect((await call(t.app, admin, "POST", url, {})).status).toBe(400);
    expect((await call(t.app, admin, "POST", url, { reason: "  " })).status).toBe(400);
    expect((await messages())[0]?.status).toBe("parked");
    const operator = (await officerCookies(t.app, ["vanhanh"])).vanhanh;
    expect((await call(t.app, operator, "POST", url, { reason: "Đã gửi tay qua Cổng" })).status).toBe(403);

    const reason = "Hồ sơ đã được cập nhật tay trên Cổng quốc gia";
    expect(await call(t.app, admin, "POST", url, { reason })).toEqual({
      status: 200,
      body: { id: parked?.id, status: "discarded" },
    });
    expect((await messages())[0]).toMatchObject({ status: "discarded", discard_reason: reason });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["outcome", "detail"])
      .where("object_id", "=", parked?.id ?? "")
      .orderBy("seq")
      .execute();
    // The refused attempts are recorded too (no reason: 400; the operator: 403), then the discard.
    expect(audit.map((row) => row.outcome)).toEqual(["rejected", "rejected", "denied", "success"]);
    expect(audit[3]?.detail).toMatchObject({ action: "discard", reason, orderingKey: "d3" });

    const up = recorder();
    expect((await deliverMessages(t.db, up, t.clock.now, { batch: 10 })).delivered).toBe(1);
    expect(up.received.map((r) => r.n)).toEqual([1]);
  });

  it("house rule 2: a message written in a change that rolls back does not exist; one that commits does, once", async () => {
    const write = (trx: typeof t.db) =>
      enqueueMessages(trx, [
        { destination: DEST, orderingKey: "d4", dedupKey: "d4:1", payload: { n: 1 }, at: t.clock.now() },
      ]);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await write(trx);
        throw new Error("the change fails after writing its message");
      }),
    ).rejects.toThrow("the change fails");
    expect(await messages()).toHaveLength(0);
    await t.db.transaction().execute(write);
    await t.db.transaction().execute(write);
    expect(await messages()).toMatchObject([{ ordering_key: "d4", dedup_key: "d4:1", status: "queued" }]);
  });

  it("INT-1: a worker that hangs mid-delivery loses its lease; another worker delivers the message (same id), the late one records nothing", async () => {
    await enqueue(["d5"], 2);
    let hung = false;
    const stuck = recorder(async (_message, signal) => {
      hung = true;
      await new Promise((resolve) => signal.addEventListener("abort", resolve));
      throw new Error("the stuck worker's connection was dropped");
    });
    const dead = deliverMessages(t.db, stuck, t.clock.now, { batch: 10, leaseMs: 500 });
    while (!hung) await sleep(10);

    const other = recorder();
    const options = { batch: 10, leaseMs: 500 };
    expect((await deliverMessages(t.db, other, t.clock.now, options)).delivered).toBe(0);
    t.clock.advance(501);
    expect((await deliverMessages(t.db, other, t.clock.now, options)).delivered).toBe(2);
    await dead;
    const rows = await messages();
    expect(other.received.map((r) => [r.id, r.n])).toEqual([
      [rows[0]?.id, 0],
      [rows[1]?.id, 1],
    ]);
    expect(stuck.received).toHaveLength(0);
    expect(rows).toMatchObject([
      { status: "delivered", attempts: 2, last_error: null, lease_token: null },
      { status: "delivered", attempts: 1 },
    ]);
  });
});
