import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { householdBusinessForm } from "./household-business-form.ts";
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
} from "./test-support.ts";

/** REC-4 as the portal submits: the deployment switch, duplicate submissions, several files per component. */

/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm();

let t: DossierTestApp;
let binh: { id: string; cookie: string };
let request: Record<string, unknown>;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  binh = await citizenSession(t.db, { identityNumber: "038192004567", fullName: "Lê Thị Bình" });
  request = {
    agencyId: await agencyIdOf(t.db, "000.00.51.H56"),
    procedureId: await procedureIdOf(t.db, "1.001612"),
    formData: HOUSEHOLD_BUSINESS,
    components: [],
    resultDelivery: "post",
  };
});
afterAll(() => t.close());

async function upload(name: string): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/citizen/files?name=${name}`,
    headers: { cookie: binh.cookie, "content-type": "application/octet-stream" },
    payload: SAMPLE_PDF,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function dossiersOfBinh(): Promise<string[]> {
  const rows = await t.db
    .selectFrom("dossier")
    .select("code")
    .where("applicant_account_id", "=", binh.id)
    .execute();
  return rows.map((row) => row.code);
}

describe("REC-4: the deployment switch CITIZEN_PORTAL_ENABLED", () => {
  it("REC-4: on by default: the site facts say so, with the national portal's link for when it is off", async () => {
    const site = (await call(t.app, undefined, "GET", "/api/public/site")).body;
    expect(site.citizenPortal).toEqual({
      enabled: true,
      nationalProcedureLink: expect.stringMatching(/^https:\/\/dichvucong\.gov\.vn\/.*\{code\}/),
    });
  });

  it("REC-4: off: the site says so and a submission is refused with a stable code, before anything is checked or stored", async () => {
    const off = await buildApp(
      {
        ...loadConfig({ CITIZEN_PORTAL_ENABLED: "false" }),
        LOG_LEVEL: "silent",
        WEB_DIST_DIR: "",
      },
      t.db,
      undefined,
      { clock: t.clock.now },
    );
    try {
      const site = (await call(off, undefined, "GET", "/api/public/site")).body;
      expect(site.citizenPortal.enabled).toBe(false);
      const before = await dossiersOfBinh();
      const refused = await call(off, binh.cookie, "POST", "/api/citizen/dossiers", request);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: "CITIZEN_PORTAL_DISABLED" });
      expect(refused.body.detail).toContain("Cổng Dịch vụ công quốc gia");
      expect(await dossiersOfBinh()).toEqual(before);
      // Still only for signed-in citizens: a visitor learns nothing more than 401.
      expect((await call(off, undefined, "POST", "/api/citizen/dossiers", request)).status).toBe(401);
    } finally {
      await off.close();
    }
  });

  it("REC-4: the variable accepts only true or false, and the link must carry {code}", () => {
    expect(() => loadConfig({ CITIZEN_PORTAL_ENABLED: "no" })).toThrow(/CITIZEN_PORTAL_ENABLED/);
    expect(() => loadConfig({ CITIZEN_PORTAL_NATIONAL_LINK: "https://dichvucong.gov.vn/" })).toThrow(
      /CITIZEN_PORTAL_NATIONAL_LINK/,
    );
  });
});

describe("REC-4: one draft, one dossier", () => {
  it("REC-4: two identical submissions at the same time with the draft's key make one dossier and give both the same code", async () => {
    const fileId = await upload("giay-de-nghi.pdf");
    const body = { ...request, components: [{ index: 0, fileId }] };
    const key = { "idempotency-key": "ban-nhap-7f3a" };
    const before = await dossiersOfBinh();
    const [first, second] = await Promise.all([
      call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", body, key),
      call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", body, key),
    ]);
    expect([first.status, second.status], JSON.stringify([first.body, second.body])).toEqual([201, 201]);
    expect(second.body.code).toBe(first.body.code);
    expect(second.body.id).toBe(first.body.id);
    const after = await dossiersOfBinh();
    expect(after.filter((code) => !before.includes(code))).toEqual([first.body.code]);
    // A retry after a lost answer gets the same dossier again.
    const retry = await call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", body, key);
    expect(retry.body.code).toBe(first.body.code);
    expect((await dossiersOfBinh()).length).toBe(after.length);
  });

  it("REC-4: a component may come as several files (its pages as images); each is kept with the dossier", async () => {
    const pages = [await upload("trang-1.pdf"), await upload("trang-2.pdf")];
    const optional = await upload("giay-uy-quyen.pdf");
    const response = await call(t.app, binh.cookie, "POST", "/api/citizen/dossiers", {
      ...request,
      components: [
        { index: 0, fileId: pages[0] },
        { index: 0, fileId: pages[1] },
        { index: 1, fileId: optional },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const files = response.body.attachments.map((a: { file: { id: string } | null }) => a.file?.id);
    expect(files).toEqual(expect.arrayContaining([...pages, optional]));
    expect(files).toHaveLength(3);
  });
});
