import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { jobAuditScope, noteAudit, withAuditScope } from "./audit-scope.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const auditRows = (action: string) =>
  database.db
    .selectFrom("audit_log")
    .select(["object_id", "detail", "actor_kind"])
    .where("action", "=", action)
    .execute();
/** A harmless write in the transaction (a temporary table: any write would do). */
const change = (db: typeof database.db) =>
  sql`CREATE TEMP TABLE IF NOT EXISTS scratch (x int); INSERT INTO scratch VALUES (1)`.execute(db);

describe("SEC-2: a transaction in an audit scope commits the scope's record with its change", () => {
  it("SEC-2: a job's change commits with a system record naming what the job noted", async () => {
    await withAuditScope(jobAuditScope("thử"), () =>
      database.db.transaction().execute(async (trx) => {
        await change(trx);
        noteAudit({ objectType: "dossier", objectId: "d-1", detail: { version: 2 } });
      }),
    );
    expect(await auditRows("JOB thử")).toEqual([
      { object_id: "d-1", detail: { version: 2 }, actor_kind: "system" },
    ]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true });
  });

  it("SEC-2: nothing is recorded for a transaction that wrote nothing, or rolled back", async () => {
    await withAuditScope(jobAuditScope("chỉ đọc"), () =>
      database.db.transaction().execute((trx) => sql`SELECT 1`.execute(trx)),
    );
    await expect(
      withAuditScope(jobAuditScope("hủy"), () =>
        database.db.transaction().execute(async (trx) => {
          await change(trx);
          throw new Error("hủy");
        }),
      ),
    ).rejects.toThrow("hủy");
    expect(await auditRows("JOB chỉ đọc")).toEqual([]);
    expect(await auditRows("JOB hủy")).toEqual([]);
  });

  it("SEC-2: outside a scope (seeds, migrations) a transaction records nothing", async () => {
    const before = await database.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    await database.db.transaction().execute((trx) => change(trx));
    const after = await database.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
