import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("the portal speaks Vietnamese first and English on request; an officer signs in and out", async () => {
  const page = await newPage(browser);
  await page.goto(baseUrl);
  const h1 = page.locator("h1");
  const lang = () => page.locator("html").getAttribute("lang");

  await expect.poll(() => h1.textContent()).toBe("Dịch vụ công trực tuyến");
  expect(await lang()).toBe("vi");
  // The deployment's province comes from /api/public/site, into the header and the title.
  await expect.poll(() => page.getByTestId("site-province").textContent()).toBe("Tỉnh Thanh Hóa");
  await expect.poll(() => page.title()).toBe("Dịch vụ công trực tuyến — Tỉnh Thanh Hóa");

  await page.getByTestId("lang-switch").getByText("English").click();
  await expect.poll(() => h1.textContent()).toBe("Online public services");
  expect(await lang()).toBe("en");
  await expect.poll(() => page.getByTestId("site-province").textContent()).toBe("Thanh Hoa Province");

  await page.getByTestId("lang-switch").getByText("Tiếng Việt").click();
  await expect.poll(() => h1.textContent()).toBe("Dịch vụ công trực tuyến");
  expect(await lang()).toBe("vi");

  await page.getByRole("link", { name: "Đăng nhập cán bộ" }).click();
  await expect.poll(() => h1.textContent()).toBe("Đăng nhập cán bộ");
  const username = page.locator('input[name="username"]');
  const password = page.locator('input[name="password"]');
  const submit = page.getByTestId("signin-form").locator('button[type="submit"]');

  await username.fill("tuphap.chuyenvien");
  await password.fill("sai-mat-khau");
  await submit.click();
  // The server's own Vietnamese explanation, shown as it is.
  await expect
    .poll(() => page.getByTestId("signin-error").textContent())
    .toContain("Tên đăng nhập hoặc mật khẩu không đúng.");

  await password.fill("Motcua@2026");
  await submit.click();
  await expect.poll(() => page.getByTestId("officer-greeting").textContent()).toContain("Phạm Thị Thanh");
  expect(new URL(page.url()).pathname).toBe("/can-bo");
  // A specialist has no calendar administration.
  expect(await page.getByTestId("officer-calendar-link").count()).toBe(0);

  await page.getByTestId("signout-button").click();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/");
  await expect.poll(() => h1.textContent()).toBe("Dịch vụ công trực tuyến");
  await expect.poll(() => page.getByRole("link", { name: "Đăng nhập cán bộ" }).count()).toBe(1);
  await page.context().close();
});

it("the home page fits a 360 px screen without scrolling sideways", async () => {
  const page = await newPage(browser, 360);
  await page.goto(baseUrl);
  // Everything that arrives later is there: the preview's answer and the agency directory.
  await expect.poll(() => page.getByTestId("due-preview-result").getAttribute("data-state")).toBe("ready");
  await expect.poll(() => page.getByTestId("agency-card").count()).toBeGreaterThan(0);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
  await page.context().close();
});
