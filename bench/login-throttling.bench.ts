/**
 * Login throttling (ACC-1): what an attacker's sign-in attempt costs the server before and after
 * the account is locked. Runs the real app on a throw-away embedded PostgreSQL, through
 * `app.inject`, sequentially. Baseline in the same run: attempts with a wrong password on an
 * active account (each hashes with argon2id). `npx tsx bench/login-throttling.bench.ts`
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/open-database.ts";
import { loadBaseData } from "../src/server/db/seed/load-base-data.ts";
import { loadDemoData } from "../src/server/db/seed/load-demo-data.ts";
import { passwordMetrics } from "../src/server/modules/identity/passwords.ts";
import { MAX_FAILED_LOGINS } from "../src/server/modules/identity/sign-in.ts";

const ATTEMPTS = 200;
const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-bench-login-"));
const database = await openDatabase({ DATA_DIR: dataDir });
await loadBaseData(database.db);
await loadDemoData(database.db);
const app = await buildApp({ ...loadConfig({}), LOG_LEVEL: "silent", WEB_DIST_DIR: "" }, database.db);

const attempt = (username: string) =>
  app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: "doan-mo-mat-khau" } });

async function measure(label: string, username: string, resetBetween: boolean) {
  const hashesBefore = passwordMetrics.verifications;
  const started = performance.now();
  for (let i = 0; i < ATTEMPTS; i++) {
    if (resetBetween && i % (MAX_FAILED_LOGINS - 1) === 0) {
      await database.db
        .updateTable("officer")
        .set({ failed_logins: 0 })
        .where("username", "=", username)
        .execute();
    }
    await attempt(username);
  }
  const ms = (performance.now() - started) / ATTEMPTS;
  return {
    label,
    msPerAttempt: ms,
    perSecond: 1000 / ms,
    hashes: passwordMetrics.verifications - hashesBefore,
  };
}

// Baseline: an active account, wrong passwords (kept below the lock threshold).
const active = await measure("active account, wrong password (argon2id each)", "xaydung.chuyenvien", true);
// Lock one account the way an attacker would, then keep trying.
for (let i = 0; i < MAX_FAILED_LOGINS; i++) await attempt("tuphap.chuyenvien");
const locked = await measure("locked account, any password", "tuphap.chuyenvien", false);

console.log(`Sign-in attempts, ${ATTEMPTS} each, sequential, through the HTTP layer`);
console.log("| case | ms/attempt | attempts/s | password hashes |");
console.log("|---|---|---|---|");
for (const r of [active, locked]) {
  console.log(`| ${r.label} | ${r.msPerAttempt.toFixed(2)} | ${r.perSecond.toFixed(0)} | ${r.hashes} |`);
}
console.log(
  `\nA locked account answers ${(active.msPerAttempt / locked.msPerAttempt).toFixed(1)}× cheaper; hashes after lock: ${locked.hashes}.`,
);

await app.close();
await database.close();
await rm(dataDir, { recursive: true, force: true });
