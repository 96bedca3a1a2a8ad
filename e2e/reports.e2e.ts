import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { II06A_COLUMN_KEYS } from "../src/contracts/reports.ts";
import { flat, readPdf } from "../src/server/modules/documents/pdf-test-support.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** Sở Tư pháp's director (agency_leader) and the provincial control office (procedure_control). */
const DIRECTOR = "tuphap.giamdoc";
const CONTROL_OFFICE = "kstthc";
/** The demo dossier received 40 days ago and still with the specialist: overdue (src/server/db/seed). */
const OVERDUE_APPLICANT = "Nguyễn Thị Hồng";
type Column = (typeof II06A_COLUMN_KEYS)[number];
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

async function openReport(page: Page, username: string, period: { from: string; to: string }) {
  await signInPage(page, baseUrl, username);
  await page.goto(`${baseUrl}/can-bo`);
  await page.getByTestId("officer-reports-link").click();
  await page.getByRole("heading", { name: "Báo cáo tình hình giải quyết TTHC (Biểu II.06a)" }).waitFor();
  await page.getByTestId("report-period-kind").selectOption("range");
  await page.getByTestId("report-from").fill(period.from);
  await page.getByTestId("report-to").fill(period.to);
  await page.getByTestId("ii06a-table").waitFor();
  // The table of the default period may still be on screen: wait until the report shown (whose
  // query the export link carries) is the chosen period's.
  const exportLink = page.getByTestId("report-export-xlsx");
  await expect
    .poll(async () => new URL((await exportLink.getAttribute("href")) ?? "", baseUrl).searchParams.toString())
    .toContain(`from=${period.from}&to=${period.to}`);
}

const figureCell = (page: Page, row: string, column: Column) =>
  page.locator(`[data-testid="ii06a-figure"][data-row="${row}"][data-column="${column}"]`);

/** The totals row as the page shows it. */
async function shownTotals(page: Page): Promise<Record<Column, number>> {
  const entries = await Promise.all(
    II06A_COLUMN_KEYS.map(async (column) => [
      column,
      Number(await figureCell(page, "total", column).textContent()),
    ]),
  );
  return Object.fromEntries(entries) as Record<Column, number>;
}

/** Every dossier code of the open drill-down list, page after page. */
async function listedCodes(page: Page, total: number): Promise<string[]> {
  const codes: string[] = [];
  for (;;) {
    const rows = page.getByTestId("ii06a-drill-row");
    await rows.first().waitFor();
    const onPage = await rows.evaluateAll((all) => all.map((row) => row.getAttribute("data-code") ?? ""));
    codes.push(...onPage);
    if (codes.length >= total) return codes;
    const first = onPage[0];
    await page.getByTestId("ii06a-drill-next").click();
    await expect.poll(() => rows.first().getAttribute("data-code")).not.toBe(first);
  }
}

it("RPT-2, RPT-7: a director follows Biểu II.06a's overdue figure to exactly its dossiers, and the Excel and PDF exports carry the figures the page showed", async () => {
  const page = await newPage(browser);
  await openReport(page, DIRECTOR, recentPeriod());
  await expect.poll(() => page.getByTestId("ii06a-heading").textContent()).toContain("Sở Tư pháp");
  const totals = await shownTotals(page);
  // The form's identities, as shown: 3 = 4 + 5 + 6, 3 = 7 + 11, 7 = 8 + 9 + 10, 11 = 12 + 13.
  expect(totals.received).toBe(totals.received_online + totals.received_direct + totals.carried_over);
  expect(totals.received).toBe(totals.resolved + totals.in_progress);
  expect(totals.resolved).toBe(totals.resolved_early + totals.resolved_on_time + totals.resolved_late);
  expect(totals.in_progress).toBe(totals.in_progress_on_time + totals.in_progress_overdue);
  expect(totals.in_progress_overdue).toBeGreaterThan(0);

  // The overdue figure (column 13) opens the list of exactly that many dossiers, each a link to its page.
  await figureCell(page, "total", "in_progress_overdue").getByRole("button").click();
  const drill = page.getByTestId("ii06a-drill");
  await expect
    .poll(() => drill.getByTestId("ii06a-drill-total").getAttribute("data-total"))
    .toBe(String(totals.in_progress_overdue));
  const codes = await listedCodes(page, totals.in_progress_overdue);
  expect(codes).toHaveLength(totals.in_progress_overdue);
  expect(new Set(codes).size).toBe(codes.length);
  const overdueRow = drill.getByTestId("ii06a-drill-row").filter({ hasText: OVERDUE_APPLICANT });
  const dossierLink = overdueRow.getByRole("link");
  expect(await dossierLink.getAttribute("href")).toMatch(/^\/can-bo\/ho-so\/[0-9a-f-]{36}$/);

  // The Excel workbook: its totals row (columns 3 to 13) holds the page's figures.
  const numbered = II06A_COLUMN_KEYS.slice(0, 11);
  const xlsx = await page.request.get(
    new URL((await page.getByTestId("report-export-xlsx").getAttribute("href")) ?? "", baseUrl).href,
  );
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Biểu II.06a");
  let totalsRow: unknown[] = [];
  sheet?.eachRow((row) => {
    if (row.getCell(2).value === "Tổng cộng") totalsRow = (row.values as unknown[]).slice(3, 14);
  });
  expect(totalsRow).toEqual(numbered.map((column) => totals[column]));

  // The PDF in the official layout: the same totals row.
  const pdf = await page.request.get(
    new URL((await page.getByTestId("report-export-pdf").getAttribute("href")) ?? "", baseUrl).href,
  );
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const text = flat(await readPdf(await pdf.body()));
  expect(text).toContain("Biểu số II.06a/VPCP/KSTT");
  expect(text).toContain(`Tổng cộng ${numbered.map((column) => totals[column]).join(" ")}`);

  // A dossier code opens the dossier.
  await dossierLink.click();
  await page.waitForURL(/\/can-bo\/ho-so\/[0-9a-f-]{36}$/);
  await page.getByText(OVERDUE_APPLICANT).first().waitFor();
  await page.context().close();
});

it("RPT-2: the control office reads the whole province, which holds the director's agency; on a phone the page does not scroll sideways", async () => {
  const period = recentPeriod();
  const director = await newPage(browser);
  await openReport(director, DIRECTOR, period);
  const agencyTotals = await shownTotals(director);
  await director.context().close();

  const page = await newPage(browser, 360);
  await openReport(page, CONTROL_OFFICE, period);
  await expect.poll(() => page.getByTestId("report-agency").inputValue()).toBe("");
  const provinceTotals = await shownTotals(page);
  expect(provinceTotals.received).toBeGreaterThanOrEqual(agencyTotals.received);
  await expect.poll(() => figureCell(page, "total", "received").isVisible()).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});
