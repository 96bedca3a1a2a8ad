import type { Browser, Page } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { expectNoSeriousAxeViolations } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { dossierInProcessing } from "./support/dossiers.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A PNG of a QR code holding `text`, as the receipt (Mẫu 01) prints it. */
async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 4, scale: 8 });
}

async function pickPhoto(page: Page, png: Buffer): Promise<void> {
  await page
    .getByTestId("qr-file-input")
    .setInputFiles({ name: "ma-qr.png", mimeType: "image/png", buffer: png });
}

async function typeOnKeypad(page: Page, code: string): Promise<void> {
  for (const key of code) await page.getByTestId(`kiosk-key-${key}`).click();
}

it("LKP-1, CODE-3: at the one-stop hall's kiosk a visitor types the code on the on-screen keypad (no site menu, ≥ 64 px keys) and sees the dossier's status in large type", async () => {
  const dossier = await dossierInProcessing(baseUrl, "Trần Văn Kiốt");
  const page = await newPage(browser, 1280);
  await page.goto(`${baseUrl}/tra-cuu/kiosk`);
  await page.getByTestId("kiosk-keypad").waitFor();
  expect(await page.title()).toContain("Tra cứu tại quầy");
  // Full screen: no site header and menu.
  expect(await page.getByTestId("nav-lookup").count()).toBe(0);
  const key = await page.getByTestId("kiosk-key-7").boundingBox();
  expect(key?.height).toBeGreaterThanOrEqual(64);
  expect(key?.width).toBeGreaterThanOrEqual(64);

  // A slip, fixed with the backspace and "Xóa hết"; the physical keyboard works as well.
  await typeOnKeypad(page, "12X");
  await page.getByTestId("kiosk-backspace").click();
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe("12");
  await page.getByTestId("kiosk-clear").click();
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe("");
  await page.getByTestId("kiosk-code").pressSequentially(dossier.code.slice(0, 4).toLowerCase());
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe(dossier.code.slice(0, 4));
  await page.getByTestId("kiosk-clear").click();

  // A wrong code is said plainly.
  await typeOnKeypad(page, "123");
  await page.getByTestId("kiosk-search").click();
  expect(await page.getByText("Mã hồ sơ chưa đúng").count()).toBe(1);
  await page.getByTestId("kiosk-clear").click();

  await typeOnKeypad(page, dossier.code);
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe(dossier.code);
  await page.getByTestId("kiosk-search").click();
  const result = page.getByTestId("lookup-result");
  await result.waitFor();
  expect(await result.getAttribute("data-status")).toBe("in_processing");
  expect(await page.getByTestId("lookup-applicant").textContent()).toMatch(/^Trần V\*+ K\*+$/);
  const size = await page
    .getByTestId("lookup-status")
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expectNoSeriousAxeViolations(page, "kiosk result");

  // "Tra cứu hồ sơ khác" goes back to the start screen.
  await page.getByTestId("kiosk-start-over").click();
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe("");
  await page.context().close();
});

it("LKP-1: the kiosk goes back to its start screen after 60 s without a touch, with a countdown in the last 10 s and “Tiếp tục” to stay", async () => {
  const dossier = await dossierInProcessing(baseUrl, "Phạm Thị Chờ");
  const page = await newPage(browser, 1280);
  await page.clock.install();
  await page.goto(`${baseUrl}/tra-cuu/kiosk`);
  await page.getByTestId("kiosk-keypad").waitFor();
  await typeOnKeypad(page, dossier.code);
  await page.getByTestId("kiosk-search").click();
  await page.getByTestId("lookup-result").waitFor();

  await page.clock.fastForward(45_000);
  expect(await page.getByTestId("kiosk-countdown").count()).toBe(0);
  await page.clock.fastForward(6_000);
  const countdown = page.getByTestId("kiosk-countdown");
  await countdown.waitFor();
  expect(await countdown.textContent()).toMatch(/sau (9|10) giây/);
  // "Tiếp tục": the visitor stays, the count starts again.
  await page.getByTestId("kiosk-stay").click();
  await countdown.waitFor({ state: "detached" });
  await page.clock.fastForward(30_000);
  expect(await page.getByTestId("lookup-result").count()).toBe(1);

  // Walked away: the next visitor finds the start screen, nothing of the previous dossier.
  await page.clock.fastForward(31_000);
  await page.getByTestId("kiosk-keypad").waitFor();
  expect(await page.getByTestId("lookup-result").count()).toBe(0);
  expect(await page.getByTestId("kiosk-code").inputValue()).toBe("");
  expect(await page.getByTestId("kiosk-countdown").count()).toBe(0);
  await page.context().close();
});

it("CODE-3, LKP-1: a photo of the receipt's QR looks the dossier up, on the kiosk and on /tra-cuu at 360 px; another QR is refused in Vietnamese; no camera is said, with the photo route", async () => {
  const dossier = await dossierInProcessing(baseUrl, "Hoàng Văn Quét");
  const lookupUrl = `https://motcua.example.gov.vn/tra-cuu?ma=${dossier.code}`;

  const kiosk = await newPage(browser, 1280);
  await kiosk.goto(`${baseUrl}/tra-cuu/kiosk`);
  await kiosk.getByTestId("kiosk-keypad").waitFor();
  await pickPhoto(kiosk, await qrPng(lookupUrl));
  await kiosk.getByTestId("lookup-result").waitFor();
  expect(await kiosk.getByTestId("lookup-result").getAttribute("data-status")).toBe("in_processing");
  await kiosk.context().close();

  const page = await newPage(browser, 360);
  await page.goto(`${baseUrl}/tra-cuu`);
  await page.getByTestId("lookup-page").waitFor();
  expect(await page.getByTestId("qr-scan").textContent()).toBe("Quét mã QR");
  expect(await page.getByTestId("qr-photo").textContent()).toBe("Chọn ảnh mã QR");
  const input = page.getByTestId("qr-file-input");
  expect(await input.getAttribute("accept")).toBe("image/*");
  expect(await input.getAttribute("capture")).toBe("environment");

  // Someone else's QR (a Wi-Fi code): refused with a Vietnamese message, nothing looked up.
  await pickPhoto(page, await qrPng("WIFI:S:Sanh-mot-cua;T:WPA;P:matkhau;;"));
  const problem = page.getByTestId("qr-problem");
  await problem.waitFor();
  expect(await problem.getAttribute("data-problem")).toBe("notLookup");
  expect(await problem.textContent()).toContain("không phải mã tra cứu hồ sơ");

  // The receipt's QR: the code is filled in and the dossier shown.
  await pickPhoto(page, await qrPng(lookupUrl));
  await page.getByTestId("lookup-result").waitFor();
  expect(new URL(page.url()).searchParams.get("ma")).toBe(dossier.code);
  expect(await page.getByTestId("lookup-code").inputValue()).toBe(dossier.code);
  expect(await page.getByTestId("qr-problem").count()).toBe(0);

  // This headless browser has no camera: the page says so and points to the photo.
  await page.getByTestId("qr-scan").click();
  await problem.waitFor();
  expect(["noCamera", "denied", "cameraError"]).toContain(await problem.getAttribute("data-problem"));
  expect(await problem.textContent()).toContain("Chọn ảnh mã QR");
  await page.context().close();
});
