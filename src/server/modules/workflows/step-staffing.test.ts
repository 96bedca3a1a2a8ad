import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { unstaffedSteps } from "./step-staffing.ts";

let t: TestApp;
let approver: string;
let versionsUrl: string;
let tuPhap: string;

const BO_TRO = ["botro.chuyenvien", "botro.truongphong"];

beforeAll(async () => {
  t = await createTestApp();
  approver = await signInAs(t.app, "kstthc");
  const db = t.database.db;
  const procedure = await db
    .selectFrom("procedure")
    .select("id")
    .where("code", "=", "1.002079")
    .executeTakeFirstOrThrow();
  const agency = await db
    .selectFrom("agency")
    .select("id")
    .where("code", "=", "000.00.06.H56")
    .executeTakeFirstOrThrow();
  versionsUrl = `/api/admin/workflows/procedures/${procedure.id}/agencies/${agency.id}/versions`;
  tuPhap = agency.id;
});
afterAll(() => t.close());

const setStatus = (usernames: string[], status: "active" | "revoked") =>
  t.database.db.updateTable("officer").set({ status }).where("username", "in", usernames).execute();

const approve = (payload: Record<string, unknown> = {}) =>
  t.app.inject({
    method: "POST",
    url: `${versionsUrl}/2/approve`,
    headers: { cookie: approver },
    payload,
  });

describe("workflows that cannot strand a dossier (PRC-1, PRC-9)", () => {
  it("PRC-1: the demo data has no step in force whose unit lacks an active officer with its role", async () => {
    const versions = await t.database.db
      .selectFrom("workflow_version")
      .select(["definition"])
      .where("status", "=", "approved")
      .execute();
    expect(versions.length).toBeGreaterThanOrEqual(8);
    for (const { definition } of versions) {
      expect(await unstaffedSteps(t.database.db, definition as unknown as WorkflowDefinition)).toEqual([]);
    }
  });

  it("PRC-1: approval is refused (422) while a step's unit has nobody with the step's role, naming the steps", async () => {
    await setStatus(BO_TRO, "revoked");
    const refused = await approve();
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: "WORKFLOW_STEP_UNSTAFFED", rule: "PRC-1" });
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "steps[1].unitId",
      "steps[2].unitId",
    ]);
    expect(refused.json().detail).toContain("nêu lý do");
    const list = await t.app.inject({ url: versionsUrl, headers: { cookie: approver } });
    expect(list.json().versions[0]).toMatchObject({ version: 2, state: "submitted" });
  });

  it("PRC-1: when accounts change, the workflow list tells administrators which steps in use nobody can do", async () => {
    const list = async () => {
      const response = await t.app.inject({
        url: `/api/admin/workflows?agencyId=${tuPhap}`,
        headers: { cookie: approver },
      });
      expect(response.statusCode, response.body).toBe(200);
      const items = response.json().items as { procedureCode: string; unstaffedSteps: { path: string }[] }[];
      return Object.fromEntries(
        items.map((item) => [item.procedureCode, item.unstaffedSteps.map((s) => s.path)]),
      );
    };
    expect(await list()).toEqual({ "1.002079": ["steps[1].unitId", "steps[2].unitId"], "1.003198": [] });
    await setStatus(BO_TRO, "active");
    expect(await list()).toEqual({ "1.002079": [], "1.003198": [] });
    await setStatus(BO_TRO, "revoked");
  });

  it("PRC-1: with a reason the approver may approve anyway; the reason is recorded in the version's history", async () => {
    const approved = await approve({ unstaffedReason: "Phòng Bổ trợ tư pháp nhận cán bộ từ 01/01" });
    expect(approved.statusCode, approved.body).toBe(200);
    const approval = approved.json().history.find((e: { action: string }) => e.action === "approved");
    expect(approval.note).toContain("Lý do: Phòng Bổ trợ tư pháp nhận cán bộ từ 01/01");
    expect(approval.note).toContain("steps[1]");
    await setStatus(BO_TRO, "active");
  });
});
