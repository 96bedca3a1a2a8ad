import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { DEADLINE_RULES_VERSION } from "../../../domain/deadline/clock-state.ts";
import { refreshAfterRulesChange } from "./refresh-after-rules-change.ts";
import {
  agencyIdOf,
  call,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
} from "./test-support.ts";

let t: DossierTestApp;
let dossier: DossierView;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set(await nextWorkingMorning(t.db));
  const cookie = (await officerCookies(t.app, ["tthcc.motcua"]))["tthcc.motcua"];
  const ids = {
    agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
    procedureId: await procedureIdOf(t.db, "1.003198"),
  };
  const response = await call(t.app, cookie, "POST", "/api/dossiers", counterReception(ids));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  dossier = response.body.dossier;
});
afterAll(() => t.close());

const dueColumn = async () =>
  (await t.db.selectFrom("dossier").select("due_at").where("id", "=", dossier.id).executeTakeFirstOrThrow())
    .due_at;

describe("deadline rules changed by an upgrade (CAL-4, CAL-9)", () => {
  it("CAL-9: columns computed by older rules are recomputed once, then left alone", async () => {
    // As after an upgrade: the columns were written by the previous rules (here: a day early).
    const due = Date.parse(dossier.clock.due ?? "");
    await t.db
      .updateTable("dossier")
      .set({ due_at: new Date(due - 86_400_000) })
      .where("id", "=", dossier.id)
      .execute();
    await t.db
      .insertInto("deadline_rules_applied")
      .values({ version: "CAL-2024.1", applied_at: new Date(t.clock.now()) })
      .onConflict((conflict) => conflict.column("singleton").doUpdateSet({ version: "CAL-2024.1" }))
      .execute();

    expect(await refreshAfterRulesChange(t.db, t.clock.now())).toBeGreaterThanOrEqual(1);
    expect((await dueColumn())?.getTime()).toBe(due);
    const applied = await t.db.selectFrom("deadline_rules_applied").select("version").execute();
    expect(applied).toEqual([{ version: DEADLINE_RULES_VERSION }]);

    await t.db
      .updateTable("dossier")
      .set({ due_at: new Date(due - 86_400_000) })
      .where("id", "=", dossier.id)
      .execute();
    expect(await refreshAfterRulesChange(t.db, t.clock.now())).toBeNull();
    expect((await dueColumn())?.getTime()).toBe(due - 86_400_000);
  });
});
