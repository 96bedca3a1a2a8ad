/**
 * Payment callbacks benchmark (PAY-1): signed callbacks processed per second, with p99, against
 * `GET /healthz` on the same server in the same run.
 *
 * Usage:   npx tsx bench/payment-callbacks.bench.ts             (about a minute)
 *          BENCH_CALLBACKS=1000 BENCH_CONNECTIONS=16 npx tsx bench/payment-callbacks.bench.ts
 *
 * What it does:
 * 1. Starts a throw-away embedded PostgreSQL with the demo data and the real app listening on a
 *    loopback port (the payment simulator mounted, the platform secret the default).
 * 2. Makes BENCH_CALLBACKS dossiers paused for fees (through the app's own routes) and opens a
 *    payment request for each (rows as create-payment-request.ts writes them).
 * 3. Sends, over real HTTP with BENCH_CONNECTIONS concurrent clients (Node's fetch keeps one connection each alive), one signed "paid"
 *    callback per request (distinct requests, distinct nonces): each is verified, the nonce
 *    claimed, the request locked, `record_payment` and `resume` committed with their events,
 *    audit and outbox, the payment and its receipt number written, in one transaction.
 * 4. Then as many `GET /healthz` with the same concurrency, for the baseline.
 * Prints requests/s, p50/p95/p99 of both and checks every callback was accepted.
 */

import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { PAYMENT_CALLBACK_PATH } from "../src/contracts/payment-platform.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { Db } from "../src/server/db/database.ts";
import {
  adoptionReceptionIds,
  counterReception,
  SAMPLE_PDF,
} from "../src/server/modules/dossiers/test-support.ts";
import { signatureOf } from "../src/server/modules/payments/signature.ts";
import { getStatus, LOAD_TABLE_HEADER, load, reportLoad } from "./http-load.ts";
import { signInCookie, withDemoDatabase } from "./support.ts";

const CALLBACKS = Number(process.env.BENCH_CALLBACKS ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const FEE = 50_000;

type App = Awaited<ReturnType<typeof buildApp>>;

async function inject(app: App, cookie: string, url: string, payload: unknown) {
  const answer = await app.inject({ method: "POST", url, headers: { cookie }, payload: payload as object });
  if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.statusCode} ${answer.body}`);
  return answer.json();
}

/** A dossier received at Sở Tư pháp, handed over and paused by its specialist for FEE đồng. */
async function pausedDossier(app: App, cookies: { oneStop: string; specialist: string }, ids: object) {
  const received = await inject(app, cookies.oneStop, "/api/dossiers", counterReception(ids as never));
  const dossier = received.dossier as { id: string; version: number };
  const handed = await inject(app, cookies.oneStop, `/api/dossiers/${dossier.id}/hand-over`, {
    expectedVersion: dossier.version,
  });
  const upload = await app.inject({
    method: "POST",
    url: "/api/files?name=thong-bao-phi.pdf",
    headers: { cookie: cookies.specialist, "content-type": "application/pdf" },
    payload: SAMPLE_PDF,
  });
  if (upload.statusCode !== 201) throw new Error(`upload: ${upload.statusCode} ${upload.body}`);
  const paused = await inject(app, cookies.specialist, `/api/dossiers/${dossier.id}/pause`, {
    expectedVersion: handed.version,
    reason: "fees",
    proofFileId: upload.json().id,
    feeAmount: FEE,
  });
  return paused as { id: string; code: string };
}

/** The request create-payment-request.ts would write, and the callback the platform would sign. */
async function openRequest(db: Db, dossier: { id: string; code: string }, secret: string): Promise<string> {
  const transactionRef = `GD${randomBytes(6).toString("hex").toUpperCase()}`;
  const orderRef = `${dossier.code}.${randomBytes(4).toString("hex")}`;
  await db
    .insertInto("payment_request")
    .values({
      dossier_id: dossier.id,
      dossier_code: dossier.code,
      amount: FEE,
      platform: "simulator",
      order_ref: orderRef,
      transaction_ref: transactionRef,
      pay_url: `http://127.0.0.1/sim/thanh-toan/thanh-toan/${transactionRef}`,
      created_at: new Date(),
    })
    .execute();
  return JSON.stringify(
    (() => {
      const fields = {
        transactionRef,
        orderRef,
        dossierCode: dossier.code,
        amount: FEE,
        status: "paid",
        payerName: "Nguyễn Văn An",
        paidAt: Date.now(),
        timestamp: Date.now(),
        nonce: randomBytes(16).toString("hex"),
      };
      return { ...fields, signature: signatureOf(fields, secret) };
    })(),
  );
}

export async function main(): Promise<void> {
  await withDemoDatabase("payment-callbacks", async (db) => {
    // The set-up uploads one fee notice per dossier: lift the per-source upload limits for it.
    const config = loadConfig({ RATE_LIMIT_UPLOAD: "100000/600", UPLOAD_PENDING_MAX_FILES: "10000" });
    const app = await buildApp({ ...config, LOG_LEVEL: "silent", WEB_DIST_DIR: "", NODE_ENV: "test" }, db);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const cookies = {
        oneStop: await signInCookie(app),
        specialist: await signInCookie(app, "tuphap.chuyenvien"),
      };
      const ids = await adoptionReceptionIds(db);
      const setupStart = performance.now();
      const bodies: string[] = [];
      for (let i = 0; i < CALLBACKS; i += 1)
        bodies.push(
          await openRequest(db, await pausedDossier(app, cookies, ids), config.PAYMENT_PLATFORM_SECRET),
        );
      console.log(
        `Set-up: ${CALLBACKS} dossiers paused for fees, each with an open request, in ${((performance.now() - setupStart) / 1000).toFixed(1)} s.`,
      );

      const callbacks = bodies.map((body) => async () => {
        const response = await fetch(`${base}${PAYMENT_CALLBACK_PATH}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        await response.arrayBuffer();
        return response.status;
      });
      const healthz = bodies.map(() => getStatus(`${base}/healthz`));
      console.log(
        `\nPayment callbacks, ${CONNECTIONS} concurrent connections, real HTTP on loopback (same process)`,
      );
      console.log(LOAD_TABLE_HEADER);
      const { perSecond } = reportLoad("signed callbacks", await load(callbacks, CONNECTIONS));
      const { perSecond: baseline } = reportLoad("GET /healthz", await load(healthz, CONNECTIONS));
      console.log(`\nCallbacks: ${((perSecond / baseline) * 100).toFixed(1)} % of /healthz's throughput.`);
      const accepted = await db
        .selectFrom("payment_request")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "paid")
        .executeTakeFirstOrThrow();
      console.log(`Requests paid: ${accepted.n} of ${CALLBACKS}.`);
      if (Number(accepted.n) !== CALLBACKS) process.exitCode = 1;
    } finally {
      await app.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
