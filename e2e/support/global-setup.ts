import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's test clock (`TEST_CLOCK_FILE`): `{"offsetMs": n}` moves its "now" by n ms. */
    clockFile: string;
  }
}

/** One motcua server for the browser journeys, on a fresh embedded database with the demo data. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-e2e-"));
  const clockFile = path.join(dataDir, "test-clock.json");
  await writeFile(clockFile, JSON.stringify({ offsetMs: 0 }));
  const server = await startServer(dataDir, { env: { TEST_CLOCK_FILE: clockFile } });
  project.provide("baseUrl", server.url);
  project.provide("clockFile", clockFile);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
