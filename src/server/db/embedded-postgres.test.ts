import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EMBEDDED_APP_ROLE, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { packagedPrograms } from "./postgres-process.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix)); // mode 0700, like a private checkout
  dirs.push(dir);
  return dir;
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);
}

/** Another motcua process serving the cluster of `dataDir`; resolves once PostgreSQL is ready. */
async function otherMotcua(dataDir: string): Promise<ChildProcess> {
  const module = new URL("./embedded-postgres.ts", import.meta.url).pathname;
  const script = `const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
    await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
    console.log("ready");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) if (line === "ready") break;
  return child;
}

describe("embedded PostgreSQL", () => {
  it("keeps the data across a restart, listening on 127.0.0.1 only, with an application role", async () => {
    const dataDir = await tempDir("motcua-embedded-");
    const first = await startEmbeddedPostgres({ dataDir });
    expect(new URL(first.url).hostname).toBe("127.0.0.1");
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('còn nguyên')");
    const listen = await query(first.url, "SHOW listen_addresses");
    expect(listen[0].listen_addresses).toBe("127.0.0.1");
    expect(
      await query(
        first.appUrl,
        "SELECT current_user AS me, rolsuper FROM pg_roles WHERE rolname = current_user",
      ),
    ).toEqual([{ me: EMBEDDED_APP_ROLE, rolsuper: false }]);
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "còn nguyên" }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("shares a server a live motcua runs; after that motcua is killed, restarts it and stops it on shutdown", async () => {
    const dataDir = await tempDir("motcua-embedded-");
    const other = await otherMotcua(dataDir);
    const otherPostmaster = await postmasterPid(dataDir);
    // Beside a running motcua (e.g. audit:verify beside npm start): shared, and left running.
    const beside = await startEmbeddedPostgres({ dataDir });
    await beside.stop();
    expect(isAlive(otherPostmaster)).toBe(true);

    // kill -9: PostgreSQL outlives its motcua.
    other.kill("SIGKILL");
    await once(other, "exit");
    expect(isAlive(otherPostmaster)).toBe(true);

    const restarted = await startEmbeddedPostgres({ dataDir });
    expect(isAlive(otherPostmaster)).toBe(false);
    const ours = await postmasterPid(dataDir);
    expect(ours).not.toBe(otherPostmaster);
    expect(await query(restarted.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    await restarted.stop();
    expect(isAlive(ours)).toBe(false);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  }, 120_000);

  it.runIf(process.getuid?.() === 0)(
    "as root, starts with its programs in a private (0700) checkout, by copying them into DATA_DIR",
    async () => {
      const checkout = await tempDir("motcua-checkout-");
      const packaged = await packagedPrograms();
      await cp(path.dirname(packaged), path.join(checkout, "native"), {
        recursive: true,
        verbatimSymlinks: true,
      });
      const dataDir = await tempDir("motcua-data-");
      const programs = path.join(checkout, "native", path.basename(packaged));
      const database = await startEmbeddedPostgres({ dataDir, programs, persistent: false });
      try {
        expect(await query(database.appUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
        expect(existsSync(path.join(dataDir, "postgres-programs"))).toBe(true);
      } finally {
        await database.stop();
      }
    },
    120_000,
  );

  it.runIf(process.getuid?.() === 0)(
    "as root, a DATA_DIR inside a private (0700) folder stops start-up with what to do",
    async () => {
      const checkout = await tempDir("motcua-checkout-");
      const started = startEmbeddedPostgres({ dataDir: path.join(checkout, "data") });
      await expect(started).rejects.toThrow(`cannot enter ${checkout}, mode 700: set DATA_DIR`);
    },
  );
});
