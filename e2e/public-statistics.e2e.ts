import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { PublicStatistics } from "../src/contracts/public-statistics.ts";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it("RPT-6: on a 360 px phone, anyone opens the statistics from the portal's menu, picks a year and reads the same figures as the API, without personal data", async () => {
  const page = await newPage(browser, 360);
  await page.goto(baseUrl);
  await page.getByTestId("nav-statistics").click();
  await page
    .getByRole("heading", { level: 1, name: "Thống kê tình hình giải quyết thủ tục hành chính" })
    .waitFor();

  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  await page.getByTestId("report-period-kind").selectOption("year");
  await page.getByTestId("report-year").selectOption(String(year));
  await expect.poll(() => page.getByTestId("statistics-heading").textContent()).toContain(`Năm ${year}`);
  await page.getByTestId("statistics-table").waitFor();

  const response = await fetch(`${baseUrl}/api/public/statistics?from=${year}-01-01&to=${year}-12-31`);
  expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
  const expected = (await response.json()) as PublicStatistics;
  const shown = (column: string) =>
    page
      .locator(`[data-testid="statistics-figure"][data-row="total"][data-column="${column}"]`)
      .textContent();
  expect(Number(await shown("received"))).toBe(expected.totals.received);
  expect(Number(await shown("inProgressOverdue"))).toBe(expected.totals.inProgressOverdue);
  expect(expected.totals.received).toBeGreaterThan(0);
  await page.getByTestId("statistics-chart").locator("svg").first().waitFor();

  // Usable at 360 px: the page itself does not scroll sideways (the table scrolls in its box).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The demo applicant of the overdue dossier is nowhere on the page.
  expect(await page.locator("body").textContent()).not.toContain("Nguyễn Thị Hồng");
});
