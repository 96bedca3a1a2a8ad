import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { adoptionReceptionIds, counterReception } from "../dossiers/test-support.ts";

let database: TestDatabase;
let child: ChildProcess | undefined;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await database.drop();
});

/** Starts serve-for-crash-test.ts on the test database; resolves with its base URL. */
async function startServer(): Promise<string> {
  const script = fileURLToPath(new URL("./serve-for-crash-test.ts", import.meta.url));
  child = spawn(process.execPath, ["--import", "tsx", script, database.url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  for await (const chunk of child.stdout ?? []) {
    output += String(chunk);
    const port = /PORT (\d+)/.exec(output)?.[1];
    if (port) return `http://127.0.0.1:${port}`;
  }
  throw new Error(`the server did not start: ${output}`);
}

describe("SEC-2: a change never commits without its audit record", () => {
  it("SEC-2: after kill -9 during 150 concurrent receptions, every committed dossier has its audit row", async () => {
    const base = await startServer();
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "tthcc.motcua", password: "Motcua@2026" }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const body = JSON.stringify(counterReception(await adoptionReceptionIds(database.db)));
    const before = new Date();
    let answered = 0;
    const receptions = Array.from({ length: 150 }, () =>
      fetch(`${base}/api/dossiers`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body,
      }).then((response) => {
        answered += 1;
        if (answered === 30) child?.kill("SIGKILL");
        return response.status;
      }),
    );
    const outcomes = await Promise.allSettled(receptions);
    if (child && child.exitCode === null && child.signalCode === null) await once(child, "exit");
    expect(outcomes.filter((o) => o.status === "rejected").length).toBeGreaterThan(0);

    const committed = await database.db
      .selectFrom("dossier")
      .select("id")
      .where("created_at", ">=", before)
      .execute();
    const unaudited = await database.db
      .selectFrom("dossier_event as e")
      .select(["e.dossier_id", "e.version"])
      .where("e.recorded_at", ">=", before)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("audit_log as a")
              .select("a.seq")
              .where("a.object_type", "=", "dossier")
              .whereRef("a.object_id", "=", sql<string>`e.dossier_id::text`)
              .where(sql<boolean>`(a.detail->>'version')::int >= e.version`),
          ),
        ),
      )
      .execute();
    expect(committed.length).toBeGreaterThanOrEqual(30);
    expect(unaudited).toEqual([]);
  }, 120_000);
});
