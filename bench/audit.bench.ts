/**
 * SEC-2 benchmark: what writing the audit record in the change's own transaction costs, and how
 * long `npm run audit:verify` takes on 50,000 dossiers.
 *
 * Usage:   npx tsx bench/audit.bench.ts                      (a few minutes)
 *          BENCH_DOSSIERS=10000 BENCH_CONCURRENCY=150 npx tsx bench/audit.bench.ts
 *
 * 1. Starts a throw-away embedded PostgreSQL, migrates it, loads the demo data.
 * 2. Receptions through the HTTP app (`app.inject`), the same requests on two apps over the same
 *    database: the baseline builds its pool without the audited dialect, so its records are
 *    written after the change commits (as before); the other commits each record with its
 *    change, under the chain's lock. Rounds alternate between the two: BENCH_CONCURRENCY
 *    receptions at once (throughput, latency), then receptions one at a time (latency).
 * 3. Clones the receptions (with their events, hashes recomputed) to BENCH_DOSSIERS dossiers,
 *    writes a checkpoint, and times `verifyIntegrity` (audit chain, every event chain, every row
 *    against its replay, the checkpoints); a `SELECT count(*)` over the events is the baseline.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import type { Db } from "../src/server/db/database.ts";
import type { Database } from "../src/server/db/schema.ts";
import { verifyIntegrity } from "../src/server/modules/audit/verify-integrity.ts";
import { writeCheckpoint } from "../src/server/modules/audit/write-checkpoint.ts";
import { dossierEventHash, eventOfRow } from "../src/server/modules/dossiers/event-hash.ts";
import { signInCookie, withDemoDatabase } from "./support.ts";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 50_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SERIAL = 40;

interface Side {
  label: string;
  app: FastifyInstance;
  cookie: string;
  burst: number[];
  serial: number[];
  perSecond: number[];
}

async function side(label: string, db: Db): Promise<Side> {
  const app = await buildApp(
    { ...loadConfig({}), LOG_LEVEL: "silent", SESSION_TTL_HOURS: 1, WEB_DIST_DIR: "" },
    db,
  );
  await app.ready();
  return { label, app, cookie: await signInCookie(app), burst: [], serial: [], perSecond: [] };
}

async function receive(s: Side, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await s.app.inject({
    method: "POST",
    url: "/api/dossiers",
    headers: { cookie: s.cookie },
    payload: body as object,
  });
  if (response.statusCode !== 201) throw new Error(`reception: ${response.statusCode} ${response.body}`);
  return performance.now() - started;
}

async function round(s: Side, body: unknown): Promise<void> {
  const started = performance.now();
  s.burst.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, () => receive(s, body)))));
  s.perSecond.push((CONCURRENCY * 1000) / (performance.now() - started));
  for (let i = 0; i < SERIAL; i += 1) s.serial.push(await receive(s, body));
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Copies the dossiers received so far, with their events (ids, codes and hashes renewed), up to `count`. */
async function cloneDossiers(db: Db, count: number): Promise<void> {
  const templates = await db.selectFrom("dossier").select(["id", "code"]).execute();
  const events = await db
    .selectFrom("dossier_event")
    .selectAll()
    .orderBy("dossier_id")
    .orderBy("version")
    .execute();
  const missing = count - templates.length;
  for (let offset = 0; offset < missing; offset += 1000) {
    const clones = Array.from({ length: Math.min(1000, missing - offset) }, (_, i) => {
      const template = templates[(offset + i) % templates.length] ?? { id: "", code: "" };
      const serial = String(100_000 + offset + i);
      return { template, id: randomUUID(), code: `${template.code.slice(0, -4)}${serial}` };
    });
    await sql`INSERT INTO dossier SELECT r.*
      FROM dossier t JOIN jsonb_to_recordset(${JSON.stringify(clones.map((c) => ({ template: c.template.id, id: c.id, code: c.code })))}::jsonb)
        AS c(template uuid, id uuid, code text) ON t.id = c.template
      CROSS JOIN LATERAL jsonb_populate_record(t, jsonb_build_object('id', c.id, 'code', c.code,
        'state', replace(replace(t.state::text, t.id::text, c.id::text), t.code, c.code)::jsonb)) AS r`.execute(
      db,
    );
    const rows = clones.flatMap((clone) => {
      let previous: Buffer | null = null;
      return events
        .filter((e) => e.dossier_id === clone.template.id)
        .map((e) => {
          const swap = (value: unknown) =>
            JSON.parse(
              JSON.stringify(value)
                .replaceAll(clone.template.id, clone.id)
                .replaceAll(clone.template.code, clone.code),
            );
          const row = { ...e, dossier_id: clone.id, actor: swap(e.actor), payload: swap(e.payload) };
          const hash = dossierEventHash(previous, eventOfRow(row));
          const values = {
            dossier_id: clone.id,
            version: e.version,
            type: e.type,
            rule: e.rule,
            actor: JSON.stringify(row.actor),
            at: e.at,
            payload: JSON.stringify(row.payload),
            prev_hash: previous,
            hash,
          };
          previous = hash;
          return values;
        });
    });
    for (let i = 0; i < rows.length; i += 2000)
      await db
        .insertInto("dossier_event")
        .values(rows.slice(i, i + 2000))
        .execute();
  }
}

async function main(): Promise<void> {
  await withDemoDatabase("audit", async (audited, { url, dataDir }) => {
    const plain = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    });
    const ids = {
      agencyId: (
        await audited
          .selectFrom("agency")
          .select("id")
          .where("code", "=", "000.00.06.H56")
          .executeTakeFirstOrThrow()
      ).id,
      procedureId: (
        await audited
          .selectFrom("procedure")
          .select("id")
          .where("code", "=", "1.003198")
          .executeTakeFirstOrThrow()
      ).id,
    };
    const body = {
      ...ids,
      channel: "counter",
      applicant: {
        kind: "individual",
        name: "Nguyễn Văn An",
        idNumber: "038085012345",
        address: "Số 12 phố Trần Phú",
      },
      components: [{ index: 0, originals: 1 }, { index: 1, originals: 1 }, { index: 2 }],
      resultDelivery: "counter",
      outcome: { kind: "complete" },
    };
    const sides = [
      await side("audit after commit (baseline)", plain),
      await side("audit in the transaction", audited),
    ];
    for (const s of sides) await round(s, body); // warm-up, not counted
    for (const s of sides) Object.assign(s, { burst: [], serial: [], perSecond: [] });
    for (let r = 0; r < ROUNDS; r += 1)
      for (const s of r % 2 ? [...sides].reverse() : sides) await round(s, body);

    console.log(
      `\nReceptions (POST /api/dossiers through app.inject), ${ROUNDS} rounds per side, alternating:`,
    );
    console.log(
      `| side | receptions/s (${CONCURRENCY} at once) | p50 ms | p95 ms | one at a time p50 ms | p95 ms |`,
    );
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const s of sides) {
      console.log(
        `| ${s.label} | ${mean(s.perSecond).toFixed(0)} | ${quantile(s.burst, 0.5).toFixed(1)} | ${quantile(s.burst, 0.95).toFixed(1)} | ${quantile(s.serial, 0.5).toFixed(1)} | ${quantile(s.serial, 0.95).toFixed(1)} |`,
      );
    }
    const [base, inTx] = sides as [Side, Side];
    console.log(
      `Ratio in-transaction / baseline: throughput ${(mean(inTx.perSecond) / mean(base.perSecond)).toFixed(2)}, serial p50 latency ${(quantile(inTx.serial, 0.5) / quantile(base.serial, 0.5)).toFixed(2)}`,
    );
    for (const s of sides) await s.app.close();

    const cloning = performance.now();
    await cloneDossiers(audited, DOSSIERS);
    await sql`VACUUM ANALYZE`.execute(audited);
    const counts = await audited
      .selectFrom("dossier_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    console.log(
      `\n${DOSSIERS} dossiers, ${counts.n} events (cloned in ${((performance.now() - cloning) / 1000).toFixed(1)} s)`,
    );
    const files = {
      file: path.join(dataDir, "checkpoints.jsonl"),
      keyFile: path.join(dataDir, "checkpoint.key"),
    };
    const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      console.log(`  ${label.padEnd(46)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return result;
    };
    await timed("baseline: SELECT count(*) over the events", () =>
      sql`SELECT count(*) FROM dossier_event`.execute(audited),
    );
    await timed("first checkpoint (reads every event)", () => writeCheckpoint(audited, files));
    await timed("next checkpoint (nothing new)", () => writeCheckpoint(audited, files));
    const report = await timed("verifyIntegrity (npm run audit:verify)", () =>
      verifyIntegrity(audited, files),
    );
    console.log(
      `  ${report.dossiers} dossiers, ${report.events} events, ${report.auditRows} audit rows, ${report.checkpoints} checkpoints; findings: ${report.findings.length}; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
    if (report.findings.length > 0) {
      for (const finding of report.findings.slice(0, 5)) console.log(`  ${finding.message}`);
      process.exitCode = 1;
    }
    await plain.destroy();
  });
}

await main();
