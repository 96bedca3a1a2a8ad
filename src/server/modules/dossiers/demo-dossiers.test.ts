import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DossierEvent, replay } from "../../../domain/dossier/index.ts";
import { loadDemoDossiers } from "../../db/seed/demo-dossiers.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.ts";
import { eventOfRow } from "./event-hash.ts";
import { verifyDossierChain } from "./verify-dossier-chain.ts";

/** The demo dossiers (db/seed/demo-dossiers.ts), loaded with the demo data of the template database. */

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("demo dossiers", () => {
  it("cover the states a workspace shows, made by the use cases: real codes, events and chains", async () => {
    const db = database.db;
    const rows = await db
      .selectFrom("dossier as d")
      .innerJoin("agency as a", "a.id", "d.receiving_agency_id")
      .select([
        "d.id",
        "d.code",
        "d.status",
        "d.channel",
        "d.finish_outcome",
        "d.inbox_due_at",
        "d.state",
        "a.code as agency",
      ])
      .orderBy("d.code")
      .execute();
    expect(rows.map((r) => r.status).sort()).toEqual(
      ["awaiting_acceptance", "in_processing", "in_processing", "received", "received", "returned"].sort(),
    );
    // On time (early only when days off around its reception push its due past today).
    expect(["on_time", "early"]).toContain(rows.find((r) => r.status === "returned")?.finish_outcome);
    expect(rows.find((r) => r.status === "awaiting_acceptance")).toMatchObject({
      channel: "online",
      agency: "000.00.51.H56",
    });
    const overdue = rows.filter((r) => r.inbox_due_at && r.inbox_due_at.getTime() < Date.now());
    expect(overdue.map((r) => r.status)).toEqual(["in_processing"]);
    for (const row of rows) {
      expect(row.code.startsWith(row.agency)).toBe(true);
      expect(await verifyDossierChain(db, row.id)).toMatchObject({ intact: true });
      const events = await db
        .selectFrom("dossier_event")
        .selectAll()
        .where("dossier_id", "=", row.id)
        .orderBy("version")
        .execute();
      expect(replay(events.map(eventOfRow) as DossierEvent[])).toEqual(row.state);
    }
  });

  it("loading them again changes nothing", async () => {
    const db = database.db;
    const count = async () =>
      Number(
        (
          await db
            .selectFrom("dossier_event")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await loadDemoDossiers(db)).toEqual({ dossiers: 0 });
    expect(await count()).toBe(before);
  });
});
