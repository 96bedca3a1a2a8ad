import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { flat, readPdf } from "../src/server/modules/documents/pdf-test-support.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { dossierPausedForFees } from "./support/fees.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
const FEE = 75_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("PAY-1, PAU-1(b): at 360 px the one-stop records a counter payment with its receipt number; the paused dossier resumes and the receipt PDF downloads", async () => {
  const dossier = await dossierPausedForFees(baseUrl, "Trần Thị Quầy", "038090005566", FEE);
  const page = await newPage(browser, 360);
  await signInPage(page, baseUrl, "tthcc.motcua");
  await page.goto(`${baseUrl}/can-bo/ho-so/${dossier.id}`);
  const section = page.getByTestId("dossier-payments");
  await section.waitFor();
  expect(await page.getByTestId("dossier-page").getAttribute("data-status")).toBe("paused");
  expect(await section.getByTestId("payments-balance").textContent()).toBe("Còn phải nộp: 75.000 đồng");

  const receiptNumber = `BL-E2E-${Date.now() % 1_000_000}`;
  const form = section.getByTestId("record-payment-form");
  expect(await form.getByLabel("Số tiền (đồng)").inputValue()).toBe(String(FEE));
  await form.getByLabel("Số biên lai").fill(receiptNumber);
  await form.getByTestId("record-payment-submit").click();

  await expect.poll(() => page.getByTestId("dossier-page").getAttribute("data-status")).toBe("in_processing");
  const receipt = section.getByTestId("payment-receipt");
  await receipt.waitFor();
  expect(await receipt.textContent()).toBe(receiptNumber);
  expect(await section.getByTestId("payments-balance").textContent()).toBe("Còn phải nộp: 0 đồng");
  expect(await form.count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const href = await receipt.getAttribute("href");
  const pdf = await page.request.get(new URL(href ?? "", page.url()).toString());
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const text = flat(await readPdf(await pdf.body()));
  expect(text).toContain(dossier.code);
  expect(text).toContain(receiptNumber);
  expect(text).toContain("75.000");
}, 120_000);
