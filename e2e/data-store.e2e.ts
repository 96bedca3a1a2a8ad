import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { setServerClock } from "./support/officers.ts";
import {
  householdFormFor,
  ONLINE_AGENCY_CODE,
  ONLINE_PROCEDURE_CODE,
  SAMPLE_PDF,
  signInCitizen,
} from "./support/online-dossiers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
/** Trần Văn Cường (level 1): no other journey submits as him, so his draft is his own here. */
const CITIZEN = { idNumber: "038201007890", name: "Trần Văn Cường" };
let browser: Browser;

beforeAll(async () => {
  await setServerClock(clockFile, 0);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stepTitle = (page: Page) => page.getByTestId("submission-step-title").textContent();

it("DIG-1, RES-3: at 360 px a citizen keeps a document in the data store, then picks it as a component of an online submission instead of uploading it again", async () => {
  const page = await newPage(browser, 360);
  await signInCitizen(page, baseUrl, CITIZEN.idNumber);

  // The data store from the citizen's menu.
  await page.getByTestId("header-citizen-menu").click();
  await page.getByTestId("header-citizen-data-store").click();
  await page.waitForURL((url) => url.pathname === "/cong-dan/kho-du-lieu");
  await page.getByRole("heading", { level: 1, name: "Kho dữ liệu điện tử" }).waitFor();

  // Upload a document with a title (a title unique to this run: the server is shared).
  const title = `Giấy đề nghị đăng ký hộ kinh doanh ${Date.now()}`;
  await page.getByTestId("data-store-title").fill(title);
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("data-store-file").click(),
  ]);
  await chooser.setFiles({ name: "giay-de-nghi-kho.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await page.getByTestId("data-store-upload").click();
  const item = page.getByTestId("data-store-item").filter({ hasText: title });
  await item.waitFor();
  expect(await item.textContent()).toContain("Tự tải lên");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The site's own origin (where the e-ID sent her back, with her session cookie).
  const origin = new URL(page.url()).origin;
  // A draft of 1.001612 with the e-form filled in, at the papers' step (as if resumed).
  const procedure = (await (
    await page.request.get(`${origin}/api/catalog/procedures/${ONLINE_PROCEDURE_CODE}`)
  ).json()) as { id: string; agencies: { id: string; code: string }[] };
  const agency = procedure.agencies.find((candidate) => candidate.code === ONLINE_AGENCY_CODE);
  const saved = await page.request.put(`${origin}/api/citizen/drafts/${procedure.id}`, {
    data: {
      idempotencyKey: `data-store-e2e-${Date.now()}`,
      formVersion: null,
      step: 3,
      agencyId: agency?.id ?? null,
      formData: {
        ...householdFormFor(CITIZEN, "Hộ kinh doanh Bún chả Hạc Thành"),
        // His identification number says born in 2001 (digits 4–6).
        ngaySinhChuHo: "2001-01-20",
      },
      components: [],
      resultDelivery: null,
    },
  });
  expect(saved.status(), await saved.text()).toBe(204);

  await page.goto(`${origin}/thu-tuc/${ONLINE_PROCEDURE_CODE}/nop-truc-tuyen`);
  await expect.poll(() => stepTitle(page)).toBe("Thành phần hồ sơ");
  // DIG-1: "Chọn từ kho dữ liệu" under the first component, a modal listing the store.
  await page.getByTestId("submission-pick-store-0").click();
  const picker = page.getByTestId("data-store-picker-item").filter({ hasText: title });
  await picker.waitFor();
  await picker.getByRole("button").click();
  await expect
    .poll(() => page.getByTestId("submission-component-0").getByTestId("submission-file").textContent())
    .toContain("giay-de-nghi-kho.pdf");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByTestId("submission-next").click();
  await expect.poll(() => stepTitle(page)).toBe("Cách nhận kết quả");
  await page.getByLabel("Nhận bản điện tử").check();
  await page.getByTestId("submission-next").click();
  await expect.poll(() => stepTitle(page)).toBe("Kiểm tra lại trước khi nộp");
  expect(await page.getByTestId("submission-review").textContent()).toContain("giay-de-nghi-kho.pdf");
  await page.getByTestId("submission-send").click();
  await page.getByTestId("submission-code").or(page.getByRole("alert")).first().waitFor();
  const alerts = await page.getByRole("alert").allTextContents();
  expect(alerts.filter((a) => a.trim())).toEqual([]);
  const code = (await page.getByTestId("submission-code").textContent()) ?? "";
  expect(code).toMatch(/^000\.00\.51\.H56-\d{6}-\d{4}$/);

  // The dossier carries the store's file as its component: the same file, not a new upload.
  const store = (await (await page.request.get(`${origin}/api/citizen/data-store`)).json()) as {
    items: { title: string; fileId: string }[];
  };
  const kept = store.items.find((i) => i.title === title);
  const mine = (await (await page.request.get(`${origin}/api/citizen/dossiers?pageSize=100`)).json()) as {
    items: { id: string; code: string }[];
  };
  const dossierId = mine.items.find((d) => d.code === code)?.id;
  const dossier = (await (await page.request.get(`${origin}/api/citizen/dossiers/${dossierId}`)).json()) as {
    attachments: { file: { id: string } | null }[];
  };
  expect(dossier.attachments.map((a) => a.file?.id)).toContain(kept?.fileId);
  await page.context().close();
});
