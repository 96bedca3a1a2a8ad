import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** Sở Tư pháp's director (agency_leader): reads the statistics of the agency's subtree. */
const DIRECTOR = "tuphap.giamdoc";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The last 60 days up to today (Vietnam time): every demo dossier was received in them. */
function recentPeriod(): { from: string; to: string } {
  const day = (daysAgo: number) =>
    new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return { from: day(60), to: day(0) };
}

it("RPT-1, RPT-7: a leader opens the statistics by officer, clicks a number and sees that many dossiers", async () => {
  const page = await newPage(browser, 360);
  await signInPage(page, baseUrl, DIRECTOR);
  await page.goto(`${baseUrl}/can-bo`);
  await page.getByTestId("officer-statistics-link").click();
  await page.getByRole("heading", { name: "Thống kê giải quyết hồ sơ" }).waitFor();
  const period = recentPeriod();
  await page.getByTestId("report-period-kind").selectOption("range");
  await page.getByTestId("report-from").fill(period.from);
  await page.getByTestId("report-to").fill(period.to);
  await page.getByTestId("statistics-grouping").selectOption("officer");
  await expect.poll(() => new URL(page.url()).searchParams.get("theo")).toBe("officer");
  await expect.poll(() => new URL(page.url()).searchParams.get("tu")).toBe(period.from);
  await page.getByRole("columnheader", { name: "Cán bộ" }).waitFor();

  // The first officer's dossiers received in the period (the rows before the totals).
  const figure = page
    .locator(
      '[data-testid="statistics-row"]:not([data-row="total"]) [data-testid="statistics-figure"][data-column="received"] button',
    )
    .first();
  await figure.waitFor();
  const count = Number(await figure.textContent());
  expect(count).toBeGreaterThan(0);
  await figure.click();

  const total = page.getByTestId("statistics-drill-total");
  await expect.poll(() => total.getAttribute("data-total")).toBe(String(count));
  await page.getByTestId("statistics-drill-table").waitFor();
  expect(await page.getByTestId("statistics-drill-row").count()).toBe(Math.min(count, 20));
});
