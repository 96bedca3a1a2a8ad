import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** Sở Tư pháp's director (agency_leader). */
const DIRECTOR = "tuphap.giamdoc";
/** The demo dossier received 40 days ago and still with the specialist: overdue (src/server/db/seed). */
const OVERDUE_APPLICANT = "Nguyễn Thị Hồng";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openDashboard(page: Page) {
  await signInPage(page, baseUrl, DIRECTOR);
  await page.goto(`${baseUrl}/can-bo`);
  await page.getByTestId("officer-dashboard-link").click();
  await page.getByRole("heading", { name: "Bảng điều khiển của lãnh đạo" }).waitFor();
  await expect.poll(() => page.getByTestId("dashboard-heading").textContent()).toContain("Sở Tư pháp");
}

/** Every dossier code of the open drill-down list, page after page. */
async function listedCodes(page: Page, total: number): Promise<string[]> {
  const codes: string[] = [];
  for (;;) {
    const rows = page.getByTestId("dashboard-drill-row");
    await rows.first().waitFor();
    const onPage = await rows.evaluateAll((all) => all.map((row) => row.getAttribute("data-code") ?? ""));
    codes.push(...onPage);
    if (codes.length >= total) return codes;
    const first = onPage[0];
    await page.getByTestId("dashboard-drill-next").click();
    await expect.poll(() => rows.first().getAttribute("data-code")).not.toBe(first);
  }
}

it("RPT-1, RPT-7: a director opens the dashboard, follows the overdue count to exactly its dossiers, and the unit's overdue bar agrees", async () => {
  const page = await newPage(browser, 1280);
  await openDashboard(page);
  const overdueFigure = page.getByTestId("dashboard-now").getByTestId("dashboard-figure-overdue");
  const overdue = Number(await overdueFigure.getAttribute("data-count"));
  expect(overdue).toBeGreaterThan(0);
  // The unit table's overdue count for the agency is the same figure (the director sees one unit).
  const unitOverdue = page.getByTestId("dashboard-by-unit-table").getByTestId("dashboard-figure-overdue");
  expect(await unitOverdue.getAttribute("data-count")).toBe(String(overdue));
  // Two charts drawn as SVG (trend, by unit, by step).
  expect(await page.locator(".mc-dashboard-chart svg.recharts-surface").count()).toBeGreaterThanOrEqual(3);

  await overdueFigure.click();
  const drill = page.getByTestId("dashboard-drill");
  await expect
    .poll(() => drill.getByTestId("dashboard-drill-total").getAttribute("data-total"))
    .toBe(String(overdue));
  const codes = await listedCodes(page, overdue);
  expect(codes).toHaveLength(overdue);
  expect(new Set(codes).size).toBe(codes.length);
  const row = drill.getByTestId("dashboard-drill-row").filter({ hasText: OVERDUE_APPLICANT });
  expect(await row.getByRole("link").getAttribute("href")).toMatch(/^\/can-bo\/ho-so\/[0-9a-f-]{36}$/);
  // At 1280 px the page does not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});

it("RPT-1: on a phone (360 px) the dashboard does not scroll sideways; printed, the navigation is hidden", async () => {
  const page = await newPage(browser, 360);
  await openDashboard(page);
  await page.getByTestId("dashboard-trend-table").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: "print" });
  expect(await page.locator("header").first().isVisible()).toBe(false);
  expect(await page.getByTestId("dashboard-agency").isVisible()).toBe(false);
  expect(await page.getByTestId("dashboard-trend-table").isVisible()).toBe(true);
  await page.context().close();
});
