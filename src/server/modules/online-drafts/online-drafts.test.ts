import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCitizenSession } from "../citizen-identity/sessions.ts";
import { BINH, householdBusinessForm } from "../dossiers/household-business-form.ts";
import {
  agencyIdOf,
  call,
  citizenSession,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  nextWorkingMorning,
  procedureIdOf,
  SAMPLE_PDF,
} from "../dossiers/test-support.ts";
import { runUpkeep } from "../upkeep/run-upkeep.ts";

/** Issue #14, REC-4: drafts on the server, resumable on another device; REC-5 / SEC-5 pre-fill with consent. */

/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm(BINH, undefined, { dienThoai: "0987654321" });

let t: DossierTestApp;
let binh: { id: string; cookie: string };
let an: { id: string; cookie: string };
let procedureId: string;
let agencyId: string;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  binh = await citizenSession(t.db, { identityNumber: "038192004567", fullName: "Lê Thị Bình" });
  an = await citizenSession(t.db, { identityNumber: "038090001111", fullName: "Trần Văn An" });
  procedureId = await procedureIdOf(t.db, "1.001612");
  agencyId = await agencyIdOf(t.db, "000.00.51.H56");
});
afterAll(() => t.close());

async function send(cookie: string, method: "PUT" | "DELETE" | "GET", url: string, payload?: unknown) {
  const response = await t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  return { status: response.statusCode, body: response.body ? response.json() : null };
}

async function upload(cookie: string): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/citizen/files?name=giay-de-nghi.pdf",
    headers: { cookie, "content-type": "application/octet-stream" },
    payload: SAMPLE_PDF,
  });
  return response.json().id;
}

function draftOf(key: string, fileId: string) {
  return {
    idempotencyKey: key,
    formVersion: 1,
    step: 2,
    agencyId,
    formData: { tenHoKinhDoanh: "Hộ kinh doanh Phở Hạc Thành", vonKinhDoanh: 50_000_000 },
    components: [{ index: 0, fileId }],
    resultDelivery: "post",
  };
}

const draftUrl = () => `/api/citizen/drafts/${procedureId}`;

describe("REC-4 (issue #14): a draft saved on the server, resumed on another device", () => {
  it("REC-4: saved, read back with its step, answers, files and key, listed, then deleted", async () => {
    const fileId = await upload(binh.cookie);
    expect((await send(binh.cookie, "PUT", draftUrl(), draftOf("nhap-1", fileId))).status).toBe(204);
    // Another device: a second session of the same citizen.
    const other = `motcua_citizen=${await openCitizenSession(t.db, binh.id, 1, {})}`;
    const read = await send(other, "GET", draftUrl());
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      idempotencyKey: "nhap-1",
      step: 2,
      agencyId,
      formData: { tenHoKinhDoanh: "Hộ kinh doanh Phở Hạc Thành" },
      resultDelivery: "post",
      components: [{ index: 0, file: { id: fileId, name: "giay-de-nghi.pdf" } }],
    });
    const list = await send(binh.cookie, "GET", "/api/citizen/drafts");
    expect(list.body.items).toEqual([
      expect.objectContaining({ procedureId, procedureCode: "1.001612", step: 2 }),
    ]);
    expect((await send(binh.cookie, "DELETE", draftUrl())).status).toBe(204);
    expect((await send(binh.cookie, "GET", draftUrl())).body).toMatchObject({ code: "DRAFT_NOT_FOUND" });
  });

  it("REC-4: only the owner reads, writes or deletes it: another citizen gets 404 and changes nothing", async () => {
    const fileId = await upload(binh.cookie);
    await send(binh.cookie, "PUT", draftUrl(), draftOf("nhap-2", fileId));
    expect((await send(an.cookie, "GET", draftUrl())).status).toBe(404);
    expect((await send(an.cookie, "DELETE", draftUrl())).status).toBe(404);
    expect((await send(an.cookie, "GET", "/api/citizen/drafts")).body.items).toEqual([]);
    // An's own draft cannot carry Bình's file: it is left out when read back.
    await send(an.cookie, "PUT", draftUrl(), draftOf("nhap-an", fileId));
    expect((await send(an.cookie, "GET", draftUrl())).body.components).toEqual([]);
    expect((await send(binh.cookie, "GET", draftUrl())).body.idempotencyKey).toBe("nhap-2");
    await send(an.cookie, "DELETE", draftUrl());
  });

  it("REC-4: answers too large are refused with a clear code, and the saved draft stays", async () => {
    const big = {
      ...draftOf("nhap-2", await upload(binh.cookie)),
      formData: { ghiChu: "x".repeat(200_001) },
    };
    const refused = await send(binh.cookie, "PUT", draftUrl(), big);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: "DRAFT_TOO_LARGE" });
    expect(refused.body.detail).toContain("tối đa");
    expect((await send(binh.cookie, "GET", draftUrl())).body.formData.ghiChu).toBeUndefined();
  });

  it("REC-4: submitting deletes the draft; the resumed key submitted twice makes one dossier; a late save is refused", async () => {
    const fileId = await upload(binh.cookie);
    await send(binh.cookie, "PUT", draftUrl(), draftOf("nhap-3", fileId));
    const resumed = (await send(binh.cookie, "GET", draftUrl())).body;
    const body = {
      agencyId,
      procedureId,
      formData: HOUSEHOLD_BUSINESS,
      components: [{ index: 0, fileId }],
      resultDelivery: "post",
    };
    const key = { "idempotency-key": resumed.idempotencyKey };
    const first = await call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await send(binh.cookie, "GET", draftUrl())).status).toBe(404);
    const again = await call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", body, key);
    expect(again.body.id).toBe(first.body.id);
    const dossiers = await t.db
      .selectFrom("dossier")
      .select("id")
      .where("applicant_account_id", "=", binh.id)
      .execute();
    expect(dossiers).toHaveLength(1);
    const late = await send(binh.cookie, "PUT", draftUrl(), draftOf("nhap-3", fileId));
    expect(late.body).toMatchObject({ code: "DRAFT_ALREADY_SUBMITTED" });
    expect((await send(binh.cookie, "GET", draftUrl())).status).toBe(404);
  });

  it("REC-4: the upkeep deletes drafts untouched for 90 days; a recent one stays", async () => {
    await send(an.cookie, "PUT", draftUrl(), draftOf("nhap-cu", await upload(an.cookie)));
    await t.db
      .updateTable("online_draft")
      .set({ updated_at: new Date(Date.now() - 91 * 24 * HOUR) })
      .where("citizen_id", "=", an.id)
      .execute();
    await send(binh.cookie, "PUT", draftUrl(), draftOf("nhap-moi", await upload(binh.cookie)));
    const report = await runUpkeep(t.db, { orphanHours: 10_000, idempotencyKeyHours: 10_000 });
    expect(report.onlineDrafts).toBe(1);
    expect((await send(an.cookie, "GET", draftUrl())).status).toBe(404);
    expect((await send(binh.cookie, "GET", draftUrl())).status).toBe(200);
  });
});

describe("REC-5, SEC-5: pre-fill only with consent", () => {
  const prefill = (cookie: string) =>
    call(t.app, cookie, "GET", `/api/citizen/prefill?procedureId=${procedureId}`);
  const consent = (granted: boolean) =>
    call(t.app, binh.cookie, "POST", "/api/citizen/consents", { purpose: "prefill_forms", granted });

  it("SEC-5: without consent nothing is pre-filled", async () => {
    expect((await prefill(binh.cookie)).body).toEqual({ consented: false, values: {}, sources: {} });
  });

  it("REC-5: with consent, the fields marked for pre-fill only: identity from the e-ID, contact from the last dossier", async () => {
    await consent(true);
    const { body } = await prefill(binh.cookie);
    expect(body.consented).toBe(true);
    expect(body.values).toMatchObject({ hoTenChuHo: "Lê Thị Bình", soDinhDanhChuHo: "038192004567" });
    expect(body.sources.hoTenChuHo).toBe("eid");
    // The e-ID of this test citizen has no birth date: the earlier dossier's answer fills it.
    expect(body.values.ngaySinhChuHo).toBe("1992-05-20");
    expect(body.sources.ngaySinhChuHo).toBe("earlier");
    // Fields without a pre-fill hint never come back, even when answered before.
    expect(body.values.dienThoai).toBeUndefined();
    expect(body.values.tenHoKinhDoanh).toBeUndefined();
    expect(Object.keys(body.values).sort()).toEqual(["hoTenChuHo", "ngaySinhChuHo", "soDinhDanhChuHo"]);
  });

  it("SEC-5: withdrawing the consent stops it at once", async () => {
    await consent(false);
    expect((await prefill(binh.cookie)).body).toEqual({ consented: false, values: {}, sources: {} });
  });
});
