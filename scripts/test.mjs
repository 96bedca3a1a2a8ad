#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and integration tests (embedded PostgreSQL, then DATABASE_URL
// when set), the unit tests again on Node 22, then browser tests. Runs every step even after a
// failure, and ends with the line `N passed, N failed` summing every suite (typecheck and lint
// count as one check each).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(root, "node_modules/.bin", name);
const reports = mkdtempSync(path.join(tmpdir(), "motcua-test-"));
const databaseUrl = process.env.DATABASE_URL;
// The Node that ran npm (or this script). npm puts node_modules/.bin first on PATH, where the `node`
// devDependency links Node 22: each step puts its own Node's directory first, so that `node` and the
// tools' `#!/usr/bin/env node` run on it.
const node = process.env.npm_node_execpath ?? process.execPath;
const node22 = path.join(root, "node_modules/node/bin/node");

const steps = [
  { name: "typecheck", command: [bin("tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "lint", command: [bin("biome"), "check", "."] },
  {
    name: "unit + integration (embedded PostgreSQL)",
    vitest: ["--project", "unit", "--project", "integration"],
    env: { TEST_DATABASE_URL: "" },
  },
  ...(databaseUrl
    ? [
        {
          name: "integration (DATABASE_URL)",
          vitest: ["--project", "integration"],
          env: { TEST_DATABASE_URL: databaseUrl },
        },
      ]
    : []),
  { name: "unit (Node 22)", vitest: ["--project", "unit"], node: node22 },
  {
    name: "browser (Chromium)",
    before: ["node", "scripts/ensure-chromium.mjs"],
    vitest: ["--config", "e2e/vitest.config.ts"],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

for (const [index, step] of steps.entries()) {
  console.log(`\n━━ ${step.name} ━━`);
  const stepNode = step.node ?? node;
  const env = {
    ...process.env,
    ...step.env,
    PATH: [path.dirname(stepNode), process.env.PATH].join(path.delimiter),
  };
  if (!existsSync(stepNode)) {
    failed += 1;
    summary.push(`${step.name}: ${stepNode} missing (run npm install)`);
    continue;
  }
  if (step.before && run(step.before, env) !== 0) {
    failed += 1;
    summary.push(`${step.name}: could not prepare`);
    continue;
  }
  if (!step.vitest) {
    const ok = run(step.command, env) === 0;
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? "ok" : "FAILED"}`);
    continue;
  }
  const report = path.join(reports, `vitest-${index}.json`);
  const code = run(
    [
      bin("vitest"),
      "run",
      ...step.vitest,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    env,
  );
  const counts = readCounts(report);
  if (!counts) {
    failed += 1;
    summary.push(`${step.name}: crashed (exit ${code})`);
    continue;
  }
  // A run that fails outside any test (a hook, a global setup) still counts as a failure.
  const extraFailure = code !== 0 && counts.failed === 0 ? 1 : 0;
  passed += counts.passed;
  failed += counts.failed + extraFailure;
  skipped += counts.skipped;
  summary.push(`${step.name}: ${counts.passed} passed, ${counts.failed + extraFailure} failed`);
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n━━ summary ━━\n${summary.join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);

function run([command, ...args], env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status ?? 1;
}

function readCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}
