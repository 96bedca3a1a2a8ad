import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps the data across a restart, listening on 127.0.0.1 only", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "motcua-embedded-"));
    dirs.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir });
    expect(new URL(first.url).hostname).toBe("127.0.0.1");
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('còn nguyên')");
    const listen = await query(first.url, "SHOW listen_addresses");
    expect(listen[0].listen_addresses).toBe("127.0.0.1");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "còn nguyên" }]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
