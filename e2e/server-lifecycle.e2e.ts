import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServer } from "./support/server.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function postgresProcessesFor(dataDir: string): string {
  return spawnSync("pgrep", ["-af", `${dataDir}/postgres`], { encoding: "utf8" }).stdout.trim();
}

/** After `kill` of npm start, everything it started must be gone within a few seconds. */
async function expectNothingLeft(dataDir: string): Promise<void> {
  await expect.poll(() => postgresProcessesFor(dataDir), { timeout: 15_000, interval: 200 }).toBe("");
}

it("npm start: first start < 60 s, kill (SIGTERM) leaves no PostgreSQL behind, a restart keeps the data and is ready < 10 s", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-lifecycle-"));
  dirs.push(dataDir);

  const first = await startServer(dataDir, { viaNpm: true });
  expect(first.startMs).toBeLessThan(60_000);
  const home = await fetch(`${first.url}/`, { headers: { accept: "text/html" } });
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('lang="vi"');
  expect(first.output()).toContain("admin");
  expect(postgresProcessesFor(dataDir)).not.toBe("");

  const login = await fetch(`${first.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "Motcua@2026" }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

  await first.stop();
  await expectNothingLeft(dataDir);

  const second = await startServer(dataDir, { viaNpm: true });
  try {
    expect(second.startMs).toBeLessThan(10_000);
    // The session written before the restart is still there: the data survived.
    const me = await fetch(`${second.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { officer: { username: string } }).officer.username).toBe("admin");
  } finally {
    await second.stop();
  }
  await expectNothingLeft(dataDir);
}, 180_000);
