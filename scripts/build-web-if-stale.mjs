import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const builtIndex = path.join(root, "dist/web/index.html");
/** What the web bundle is made from: when any of it is newer than the build, build again. */
const SOURCES = ["src/web", "src/contracts", "src/domain", "vite.config.ts", "package-lock.json"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))),
    stat.mtimeMs,
  );
}

/** Builds the web app with Vite when dist/web is missing or older than its sources. */
export async function buildWebIfStale() {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (builtAt >= sourcesAt) return false;
  console.log("Đang dựng giao diện web (building the web app)…");
  const { build } = await import("vite");
  // Vite sets NODE_ENV=production in this process while building; the server started next must
  // see the environment the user gave it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
