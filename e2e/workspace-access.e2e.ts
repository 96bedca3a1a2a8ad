import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("ACC-3, PRC-9: a signed-in officer is not offered the citizens' VNeID sign-in; an administrator's inbox says no access, with no spinners", async () => {
  const page = await newPage(browser);
  await signInPage(page, baseUrl, "tthcc.motcua");
  await page.goto(`${baseUrl}/`);
  await page.getByTestId("header-officer").waitFor();
  expect(await page.getByTestId("header-citizen-signin").count()).toBe(0);
  await page.context().close();

  const admin = await newPage(browser);
  await signInPage(admin, baseUrl, "admin");
  await admin.goto(`${baseUrl}/can-bo/ho-so`);
  await admin.getByTestId("inbox-forbidden").waitFor();
  expect(await admin.locator("[data-testid^=inbox-count-]").count()).toBe(0);
  expect(await admin.getByRole("progressbar").count()).toBe(0);
  await admin.context().close();
});

it("ACC-3: cancelling at the e-ID simulator comes back to the portal's sign-in page with a notice in Vietnamese", async () => {
  const page = await newPage(browser, 390);
  await page.goto(`${baseUrl}/api/citizen/auth/start?returnTo=/ho-so`);
  await page.getByLabel("Số định danh cá nhân").fill("038085012345");
  await page.getByLabel("Mật khẩu").fill("Vneid@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("button", { name: "Từ chối" }).click();

  await page.getByTestId("citizen-signin-cancelled").waitFor();
  expect(new URL(page.url()).pathname).toBe("/dang-nhap-cong-dan");
  expect(await page.getByTestId("citizen-signin-cancelled").textContent()).toContain("Bạn đã huỷ đăng nhập");
  // Signing in again goes on to where the citizen was going.
  expect(await page.getByTestId("citizen-signin-continue").getAttribute("href")).toContain(
    "returnTo=%2Fho-so",
  );
  await page.context().close();
});
