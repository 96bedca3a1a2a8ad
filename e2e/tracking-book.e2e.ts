import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { dossierInProcessing } from "./support/dossiers.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** The provincial public-service centre (Trung tâm Phục vụ hành chính công tỉnh) and its one-stop officer. */
const CENTRE = "Trung tâm Phục vụ hành chính công tỉnh";
const CENTRE_OFFICER = "tthcc.motcua";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it("REC-9: the provincial centre's tracking book lists the dossier its one-stop officer received at the counter for Sở Tư pháp, naming the centre", async () => {
  // Received at the centre's counter for Sở Tư pháp (another agency decides it) and handed over.
  const dossier = await dossierInProcessing(baseUrl, "Trịnh Văn Sơn");

  const page = await newPage(browser);
  await signInPage(page, baseUrl, CENTRE_OFFICER);
  await page.goto(`${baseUrl}/can-bo/so-theo-doi`);
  await page.getByRole("heading", { name: "Sổ theo dõi hồ sơ" }).waitFor();
  // The book opens on the officer's own agency: the centre.
  const agency = page.getByTestId("tracking-book-agency");
  await expect.poll(() => agency.inputValue()).toContain(CENTRE);

  // The printable book (PDF) opens; the workbook has the same rows.
  const pdfLink = page.getByRole("link", { name: /PDF/ });
  const pdf = await page.request.get(new URL((await pdfLink.getAttribute("href")) ?? "", baseUrl).href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const xlsxHref = await page.getByTestId("tracking-book-xlsx").getAttribute("href");
  const xlsx = await page.request.get(new URL(xlsxHref ?? "", baseUrl).href);
  expect(xlsx.status()).toBe(200);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Sổ theo dõi hồ sơ");
  expect(String(sheet?.getCell(1, 1).value)).toContain(CENTRE.toUpperCase());
  const rows: string[] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).map(String).join(" | ")));
  const line = rows.find((row) => row.includes(dossier.code));
  expect(line, rows.join("\n")).toBeDefined();
  expect(line).toContain("Trịnh Văn Sơn");
  expect(line).toContain("Sở Tư pháp");
  await page.context().close();
});
