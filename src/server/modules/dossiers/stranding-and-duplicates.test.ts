import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import {
  adoptionReceptionIds,
  call,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["tthcc.motcua"]);
  ids = await adoptionReceptionIds(t.db);
});
afterAll(() => t.close());

async function receive(applicant?: Record<string, unknown>): Promise<DossierView> {
  t.clock.advance(MINUTE);
  const body = counterReception(ids, applicant ? { applicant: applicant as never } : {});
  const response = await call(t.app, cookies["tthcc.motcua"], "POST", "/api/dossiers", body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.dossier as DossierView;
}

const post = (view: DossierView, path: string, body: Record<string, unknown> = {}) => {
  t.clock.advance(MINUTE);
  return call(t.app, cookies["tthcc.motcua"], "POST", `/api/dossiers/${view.id}/${path}`, {
    expectedVersion: view.version,
    ...body,
  });
};

const setStatus = (username: string, status: "active" | "revoked") =>
  t.db.updateTable("officer").set({ status }).where("username", "=", username).execute();

describe("a hand-over to a step nobody can do is refused (PRC-2, PRC-9)", () => {
  it("PRC-2: with no active specialist in the step's unit, the one-stop's hand-over is 409 STEP_UNSTAFFED and nothing changes", async () => {
    const view = await receive();
    await setStatus("tuphap.chuyenvien", "revoked");
    try {
      const refused = await post(view, "hand-over");
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: "STEP_UNSTAFFED" });
      expect(refused.body.detail).toContain("Phòng Hành chính tư pháp");
      expect(refused.body.detail).toContain("Chuyên viên");
      const row = await t.db
        .selectFrom("dossier")
        .select(["version", "status"])
        .where("id", "=", view.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ version: view.version, status: "received" });
    } finally {
      await setStatus("tuphap.chuyenvien", "active");
    }
    const handed = await post(view, "hand-over");
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
  });
});

describe("duplicate codes of a cancellation request (CAN-2)", () => {
  const request = (view: DossierView, duplicateCodes: string[]) =>
    post(view, "request-cancellation", { ground: "duplicate", reason: "Nhập trùng hồ sơ", duplicateCodes });

  it("CAN-2: a duplicate of another applicant is refused with 422 citing CAN-2; the same applicant's passes", async () => {
    const kept = await receive();
    const stranger = await receive({
      kind: "individual",
      name: "Trần Thị Bích",
      idNumber: "038190009999",
      phone: null,
      email: null,
      address: "Thôn Đông, xã Hoằng Hóa",
    });
    const duplicate = await receive();
    const refused = await request(duplicate, [stranger.code]);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "CANCELLATION_DUPLICATE_OTHER_APPLICANT", rule: "CAN-2" });
    expect(refused.body.detail).toContain(stranger.code);
    const accepted = await request(duplicate, [kept.code]);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.status).toBe("cancellation_requested");
  });

  it("CAN-2: a well-formed code of no dossier, or the dossier's own code, is refused with 422", async () => {
    const duplicate = await receive();
    const unknown = `${duplicate.code.slice(0, -4)}9999`;
    const missing = await request(duplicate, [unknown]);
    expect([missing.status, missing.body.code, missing.body.rule]).toEqual([
      422,
      "CANCELLATION_DUPLICATE_NOT_FOUND",
      "CAN-2",
    ]);
    const self = await request(duplicate, [duplicate.code]);
    expect([self.status, self.body.code]).toEqual([422, "CANCELLATION_DUPLICATE_SELF"]);
  });
});
