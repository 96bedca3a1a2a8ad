/**
 * Guessing, measured as the probe of issue 10 did it (SEC-6, ACC-1, CODE-3): parallel wrong
 * passwords on one account, the right password after such a burst, what one refusal costs, and a
 * guessing loop over the public lookup. Runs the real app with the default limits through
 * `app.inject`, on a throw-away embedded PostgreSQL (or DATABASE_URL, which must be an empty
 * database). `npx tsx bench/login-throttling.bench.ts`
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/server/app.ts";
import { type Config, loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/open-database.ts";
import { loadBaseData } from "../src/server/db/seed/load-base-data.ts";
import { loadDemoData } from "../src/server/db/seed/load-demo-data.ts";
import { passwordMetrics } from "../src/server/modules/identity/passwords.ts";
import { MAX_FAILED_LOGINS } from "../src/server/modules/identity/sign-in-attempts.ts";

const PARALLEL = 200;
const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-bench-login-"));
const database = await openDatabase({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir });
await loadBaseData(database.db);
await loadDemoData(database.db);
const config = loadConfig({});
const appWith = (overrides: Partial<Config> = {}) =>
  buildApp({ ...config, LOG_LEVEL: "silent", WEB_DIST_DIR: "", ...overrides }, database.db);
// The account's own limit, measured without the per-source one in the way.
const unlimited = await appWith({ RATE_LIMIT_SIGN_IN: { max: 1_000_000, windowSeconds: 60 } });
const app = await appWith();
let source = 0;

const attempt = (on: FastifyInstance, username: string, password: string, remoteAddress: string) =>
  on.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress });
function tally(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} × ${status}`).join(", ");
}

async function parallelWrongPasswords(on: FastifyInstance, username: string) {
  const checked = passwordMetrics.verifications;
  const from = `10.0.0.${++source}`;
  const answers = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) => attempt(on, username, `doan-sai-${i}`, from)),
  );
  return {
    checked: passwordMetrics.verifications - checked,
    answers: tally(answers.map((r) => r.statusCode)),
  };
}

async function msPerAttempt(username: string, password: string, n = 20) {
  const from = `10.0.1.${++source}`;
  const started = performance.now();
  for (let i = 0; i < n; i++) await attempt(unlimited, username, password, from);
  return (performance.now() - started) / n;
}

const perAccount = await parallelWrongPasswords(unlimited, "tuphap.chuyenvien");
const perSource = await parallelWrongPasswords(app, "xaydung.chuyenvien");
const rightAfterBurst = await attempt(unlimited, "tuphap.chuyenvien", "Motcua@2026", "10.0.2.1");

console.log(`Sign-in: ${PARALLEL} parallel wrong passwords on one account (limit ${MAX_FAILED_LOGINS})`);
console.log("| limits | passwords checked | answers |");
console.log("|---|---|---|");
console.log(`| account only | ${perAccount.checked} | ${perAccount.answers} |`);
console.log(`| account + source (defaults) | ${perSource.checked} | ${perSource.answers} |`);
console.log(`Right password after the burst: ${rightAfterBurst.statusCode} ${rightAfterBurst.json().code}`);

console.log("\nCost of one refusal (sequential, ms/attempt; argon2id each, decoy when at rest or unknown)");
console.log(
  `| wrong password, active account | ${(await msPerAttempt("kstthc", "sai", MAX_FAILED_LOGINS - 1)).toFixed(1)} |`,
);
console.log(
  `| any password, account at rest | ${(await msPerAttempt("tuphap.chuyenvien", "x")).toFixed(1)} |`,
);
console.log(`| unknown username | ${(await msPerAttempt("khong.ton.tai", "x")).toFixed(1)} |`);

// The public lookup: codes run in sequence per agency and day, so guesses start from a real one.
const known = await database.db.selectFrom("dossier").select("code").execute();
const prefixes = [...new Set(known.map((r) => r.code.replace(/\d{4}$/, "")))];
const guesses = prefixes.flatMap((p) =>
  Array.from({ length: 30 }, (_, i) => `${p}${String(i + 1).padStart(4, "0")}`),
);
let tried = 0;
let found = 0;
let refusedAt: number | undefined;
let retryAfter: string | undefined;
const started = performance.now();
for (const code of guesses) {
  const r = await app.inject({
    url: `/api/public/dossiers/${encodeURIComponent(code)}`,
    remoteAddress: "10.0.3.1",
  });
  if (r.statusCode === 429) {
    refusedAt ??= tried;
    retryAfter ??= String(r.headers["retry-after"]);
  } else {
    tried += 1;
    if (r.statusCode === 200) found += 1;
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`\nLookup guessing loop: ${guesses.length} guesses in ${seconds.toFixed(1)} s from one source`);
console.log(
  `answered ${tried} (found ${found} of ${known.length} dossiers), refused ${guesses.length - tried} with 429 from guess ${(refusedAt ?? tried) + 1}, Retry-After ${retryAfter ?? "-"} s`,
);

await unlimited.close();
await app.close();
await database.close();
await rm(dataDir, { recursive: true, force: true });
