import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { flat, readPdf } from "../src/server/modules/documents/pdf-test-support.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInWithEid } from "./support/citizens.ts";
import { dossierPausedForFees } from "./support/fees.ts";

const baseUrl = inject("baseUrl");
/** Lê Thị Bình, a level-2 demo e-ID account: dossiers received under her ID number are hers. */
const CITIZEN = { idNumber: "038192004567", name: "Lê Thị Bình" };
const FEE = 50_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

it("PAY-1, PAU-1, ACC-3: at 360 px a citizen finds their dossier paused for fees in “Hồ sơ của tôi”, pays online, sees it resumed and downloads the receipt", async () => {
  const dossier = await dossierPausedForFees(baseUrl, CITIZEN.name, CITIZEN.idNumber, FEE);
  const page = await newPage(browser, 360);

  // "Hồ sơ của tôi" asks for the e-ID first and comes back to the list.
  await page.goto(`${baseUrl}/cong-dan/ho-so`);
  await signInWithEid(page, CITIZEN.idNumber);
  await page.waitForURL((url) => url.pathname === "/cong-dan/ho-so");
  const row = page.locator(`[data-testid="my-dossier-row"][data-code="${dossier.code}"]`);
  await row.waitFor();
  expect(await row.getAttribute("data-status")).toBe("paused");
  expect(await row.getByTestId("my-dossier-status").textContent()).toBe("Tạm dừng");
  expect(await row.textContent()).toContain("Sở Tư pháp");
  expect(await noSidewaysScroll(page)).toBe(true);
  // The header's citizen menu leads here too.
  await page.getByTestId("header-citizen-menu").click();
  expect(await page.getByTestId("header-citizen-dossiers").getAttribute("href")).toBe("/cong-dan/ho-so");
  await page.keyboard.press("Escape");

  // The dossier's page: paused, the fees due, the button to pay online.
  await row.getByTestId("my-dossier-open").click();
  await page.getByTestId("my-dossier-summary").waitFor();
  expect(await page.getByTestId("my-dossier-code").textContent()).toBe(dossier.code);
  expect(await page.getByTestId("my-dossier-status").getAttribute("data-status")).toBe("paused");
  expect(await page.getByTestId("fees-due").textContent()).toBe("50.000 đồng");
  expect(await page.getByTestId("fees-paid").textContent()).toBe("0 đồng");
  expect(await page.getByTestId("fees-balance").textContent()).toBe("50.000 đồng");
  expect(await page.getByTestId("fees-pay-by").textContent()).toContain("Hạn nộp phí, lệ phí");
  expect(await page.getByTestId("my-dossier-timeline").textContent()).toContain("Tạm dừng");
  expect(await page.getByTestId("my-dossier-form-mau-01").getAttribute("href")).toBe(
    `/api/citizen/dossiers/${dossier.id}/forms/mau-01`,
  );
  expect(await noSidewaysScroll(page)).toBe(true);

  // The payment platform (simulator): the dossier code and the amount, then "Thanh toán".
  await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/sim/thanh-toan/"));
  const platform = await page.locator("dl").textContent();
  expect(platform).toContain(dossier.code);
  expect(platform).toContain("50.000 đồng");
  await page.getByLabel("Họ tên người nộp").fill(CITIZEN.name);
  await page.getByRole("button", { name: "Thanh toán", exact: true }).click();

  // Back on the dossier's page: paid, resumed, nothing left to pay.
  await page.waitForURL((url) => url.pathname === `/cong-dan/ho-so/${dossier.id}`);
  const outcome = page.getByTestId("payment-outcome");
  await expect.poll(() => outcome.getAttribute("data-outcome")).toBe("paid");
  expect(await outcome.textContent()).toContain("Đã thanh toán");
  expect(await page.getByTestId("payment-outcome-resumed").textContent()).toBe(
    "Hồ sơ đã được tiếp tục xử lý.",
  );
  expect(await page.getByTestId("my-dossier-status").getAttribute("data-status")).toBe("in_processing");
  expect(await page.getByTestId("fees-balance").textContent()).toBe("0 đồng");
  expect(await page.getByTestId("fees-paid-in-full").textContent()).toBe("Đã thanh toán");
  expect(await page.getByTestId("fees-pay-online").count()).toBe(0);

  // The electronic receipt: a PDF naming the dossier.
  const payment = page.getByTestId("fees-payment");
  expect(await payment.getAttribute("data-method")).toBe("online");
  const href = await payment.getByTestId("fees-receipt").getAttribute("href");
  const receipt = await page.request.get(new URL(href ?? "", page.url()).toString());
  expect(receipt.status()).toBe(200);
  const bytes = await receipt.body();
  expect(bytes.subarray(0, 4).toString()).toBe("%PDF");
  expect(flat(await readPdf(bytes))).toContain(dossier.code);
  await page.context().close();
});

it("PAY-1: a payment cancelled on the platform leaves the fees to pay and says so", async () => {
  const dossier = await dossierPausedForFees(baseUrl, CITIZEN.name, CITIZEN.idNumber, FEE);
  const page = await newPage(browser);
  await page.goto(`${baseUrl}/cong-dan/ho-so/${dossier.id}`);
  await signInWithEid(page, CITIZEN.idNumber);
  await page.getByTestId("fees-pay-online").click();
  await page.waitForURL((url) => url.pathname.startsWith("/sim/thanh-toan/"));
  await page.getByRole("button", { name: "Hủy" }).click();

  await page.waitForURL((url) => url.pathname === `/cong-dan/ho-so/${dossier.id}`);
  const outcome = page.getByTestId("payment-outcome");
  await expect.poll(() => outcome.getAttribute("data-outcome")).toBe("cancelled");
  expect(await outcome.textContent()).toContain("Bạn đã hủy thanh toán");
  expect(await page.getByTestId("my-dossier-status").getAttribute("data-status")).toBe("paused");
  expect(await page.getByTestId("fees-balance").textContent()).toBe("50.000 đồng");
  expect(await page.getByTestId("fees-pay-online").isVisible()).toBe(true);
  await page.context().close();
});
