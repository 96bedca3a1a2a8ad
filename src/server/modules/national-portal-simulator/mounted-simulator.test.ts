import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import type { TestApp } from "../../testing/test-app.ts";
import { createPortalClient, type PortalClient } from "../national-portal/portal-client.ts";
import { portalDate, SERVICES } from "../national-portal/wire.ts";
import { PORTAL_SIMULATOR_PREFIX, portalEndpointOf } from "./mount.ts";
import { listeningTestApp, submitOnPortalPage } from "./test-support.ts";

let testApp: TestApp;
let client: PortalClient;
let endpoint: string;

beforeAll(async () => {
  const listening = await listeningTestApp();
  testApp = listening.testApp;
  endpoint = portalEndpointOf({ NATIONAL_PORTAL_URL: undefined, PUBLIC_URL: listening.publicUrl });
  const config = loadConfig({});
  client = createPortalClient({
    baseUrl: endpoint,
    username: config.NATIONAL_PORTAL_USERNAME,
    password: config.NATIONAL_PORTAL_PASSWORD,
    agencyCode: config.NATIONAL_PORTAL_AGENCY_CODE,
    timeoutMs: 2_000,
  });
});
afterAll(async () => {
  await testApp.close();
});

const page = (url: string) => testApp.app.inject({ method: "GET", url, headers: { accept: "text/html" } });

describe("the simulator mounted in motcua at /sim/dvcqg (INT-1, REC-10)", () => {
  it("INT-1: motcua's client reaches the mounted endpoint with motcua's configured credentials", async () => {
    expect(endpoint).toMatch(/\/sim\/dvcqg\/api$/);
    const answer = await client.call(SERVICES.listAgencies, {});
    expect(answer.error_code).toBe("0");
  });

  it("INT-1: portalEndpointOf prefers NATIONAL_PORTAL_URL", () => {
    expect(
      portalEndpointOf({ NATIONAL_PORTAL_URL: "https://dvc.example.vn/api", PUBLIC_URL: "http://x" }),
    ).toBe("https://dvc.example.vn/api");
  });

  it("INT-1: the wire endpoint answers in its own format, even where motcua's hooks would refuse", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: `${PORTAL_SIMULATOR_PREFIX}/api`,
      headers: { "content-type": "application/json" },
      payload: '{"service":"LayPhienLamViec","username":"a\\u0000","password":"b","madonvi":"c"}',
    });
    expect(response.json()).toMatchObject({ error_code: "400" });
    const notJson = await testApp.app.inject({
      method: "POST",
      url: `${PORTAL_SIMULATOR_PREFIX}/api`,
      headers: { "content-type": "application/json" },
      payload: "{không phải json",
    });
    expect(notJson.json()).toMatchObject({ error_code: "400" });
  });

  it("REC-10: a dossier submitted on the page is listed with its status code, name and history once motcua syncs it", async () => {
    const submitted = await submitOnPortalPage(testApp, {
      agencyCode: "000.00.51.H56",
      name: "Lê Thị Bình",
      idNumber: "038192004567",
      email: "",
    });
    expect(submitted.statusCode).toBe(303);
    const simulator = testApp.app.portalSimulator;
    const submission = simulator?.submissions().at(-1)?.dossier;
    expect(submission).toMatchObject({
      ChuHoSo: "Lê Thị Bình",
      MaCoQuan: "000.00.51.H56",
      TaiKhoanDuocXacThucVoiVNeID: 1,
    });
    expect(submitted.headers.location).toBe(`${PORTAL_SIMULATOR_PREFIX}/?moi=${submission?.MaHoSoQG}`);

    const before = await page(submitted.headers.location as string);
    expect(before.body).toContain(`Đã nộp hồ sơ ${submission?.MaHoSoQG}`);
    expect(before.body).toContain("1 – Mới đăng ký");

    const at = portalDate(Date.now());
    const record = {
      MaHoSo: "000.00.51.H56-261207-0101",
      MaHoSoQG: submission?.MaHoSoQG,
      MaTTHC: "1.001193",
      CoQuanTiepNhan: "000.00.51.H56",
      NgayTiepNhan: at,
      TrangThaiHoSo: 2,
    };
    await client.call(SERVICES.syncDossiers, { isUpdating: "false", data: [record] });
    await client.call(SERVICES.syncDossiers, { isUpdating: "true", data: [{ ...record, TrangThaiHoSo: 4 }] });
    const after = await page(`${PORTAL_SIMULATOR_PREFIX}/`);
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain("4 – Đang xử lý");
    expect(after.body).toContain("1 → 2 → 4");
    expect(after.body).toContain("000.00.51.H56-261207-0101");
    const detail = await page(`${PORTAL_SIMULATOR_PREFIX}/ho-so/${encodeURIComponent(record.MaHoSo)}`);
    expect(detail.body).toContain("thanh-phan-1.pdf");
  });

  it("INT-1: the pages use no inline script or style and their stylesheet is a route of their own", async () => {
    const list = await page(`${PORTAL_SIMULATOR_PREFIX}/`);
    expect(list.headers["content-security-policy"]).toContain("style-src 'self'");
    expect(list.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(list.body).not.toMatch(/<script|<style|style=/);
    expect(list.body).toContain(`href="${PORTAL_SIMULATOR_PREFIX}/style.css"`);
    const css = await page(`${PORTAL_SIMULATOR_PREFIX}/style.css`);
    expect(css.headers["content-type"]).toContain("text/css");
    const form = await page(`${PORTAL_SIMULATOR_PREFIX}/nop`);
    expect(form.body).toContain('<button type="submit">Nộp hồ sơ</button>');
  });

  it("INT-1: the fault page sets a fault on the wire endpoint and clears it", async () => {
    const post = (fault: string) =>
      testApp.app.inject({
        method: "POST",
        url: `${PORTAL_SIMULATOR_PREFIX}/loi`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: `fault=${fault}`,
      });
    expect((await post("error500")).statusCode).toBe(303);
    await new Promise((resolve) => setImmediate(resolve));
    expect(testApp.app.portalSimulator?.fault).toEqual({ kind: "error500" });
    expect((await page(`${PORTAL_SIMULATOR_PREFIX}/loi`)).body).toContain("Lỗi máy chủ (HTTP 500)");
    await post("none");
    await new Promise((resolve) => setImmediate(resolve));
    expect(testApp.app.portalSimulator?.fault).toBeNull();
    expect((await post("khong-co")).statusCode).toBe(400);
  });

  it("INT-1: the simulator's routes are not in motcua's API description", async () => {
    const spec = await testApp.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(spec.body).not.toContain("/sim/dvcqg");
  });
});
