import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** Sở Tư pháp's director (agency_leader): reads, closes and reopens the agency's months. */
const DIRECTOR = "tuphap.giamdoc";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it("RPT-3, RPT-4: a director closes last month on Biểu II.06a's page after confirming, then reopens it with a reason", async () => {
  const page = await newPage(browser);
  await signInPage(page, baseUrl, DIRECTOR);
  await page.goto(`${baseUrl}/can-bo/bao-cao`);
  const status = page.getByTestId("period-close-status");
  await status.waitFor();
  expect(await status.getAttribute("data-closed")).toBe("false");

  await page.getByTestId("period-close-button").click();
  await page.getByTestId("period-close-confirm").click();
  await expect.poll(() => status.getAttribute("data-closed")).toBe("true");
  expect(await status.textContent()).toContain("đã chốt");

  await page.getByTestId("period-reopen").click();
  await page.getByTestId("period-reopen-reason").fill("ngắn");
  await page.getByTestId("period-reopen-confirm").click();
  await page.getByText("Lý do phải có ít nhất 10 ký tự.").waitFor();
  await page.getByTestId("period-reopen-reason").fill("Bổ sung hồ sơ tiếp nhận trên giấy bị sót");
  await page.getByTestId("period-reopen-confirm").click();
  await expect.poll(() => status.getAttribute("data-closed")).toBe("false");
});

it("RPT-3, PRC-8: the director sees last month's late dossiers per unit and explains a missing one from the list", async () => {
  const page = await newPage(browser, 360);
  await signInPage(page, baseUrl, DIRECTOR);
  await page.goto(`${baseUrl}/can-bo/bao-cao`);
  const section = page.getByTestId("late-explanations");
  await section.getByRole("heading", { name: "Giải trình hồ sơ quá hạn" }).waitFor();
  const explain = section.getByTestId("late-explain").first();
  // The demo dossier received 40 days ago and still with the specialist was overdue at last month's end.
  await explain.waitFor();
  const row = explain.locator("xpath=ancestor::tr");
  const code = await row.getAttribute("data-code");
  await explain.click();
  const reason = "Chờ ý kiến của cơ quan phối hợp";
  await page.getByTestId("late-reason-input").fill(reason);
  await page.getByTestId("late-reason-save").click();
  await section
    .locator(`[data-testid="late-dossier"][data-code="${code}"] [data-testid="late-reason"]`)
    .waitFor();
  expect(await section.locator(`[data-testid="late-dossier"][data-code="${code}"]`).textContent()).toContain(
    reason,
  );
});
