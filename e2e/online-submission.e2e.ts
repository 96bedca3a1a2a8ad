import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { fillAddress, signInWithEid } from "./support/citizens.ts";
import { setServerClock, signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
let browser: Browser;

beforeAll(async () => {
  await setServerClock(clockFile, 0);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const next = (page: Page) => page.getByTestId("submission-next").click();
const stepTitle = (page: Page) => page.getByTestId("submission-step-title").textContent();

it("REC-4, REC-7, LKP-2: at 360 px a citizen finds a procedure typed without accents, signs in with VNeID, fills the form in steps, fixes what the summary names, uploads a PDF, checks the answers and submits twice quickly: one dossier, awaiting acceptance in the one-stop's inbox", async () => {
  const page = await newPage(browser, 360);
  await page.goto(baseUrl);
  // The lookup is in the header for everyone.
  expect(await page.getByTestId("nav-lookup").getAttribute("href")).toBe("/tra-cuu");

  await page.getByTestId("home-search-input").fill("dang ky thanh lap ho kinh doanh");
  await page.getByTestId("home-search-submit").click();
  await page
    .getByTestId("catalog-result-link")
    .filter({ hasText: "Đăng ký thành lập hộ kinh doanh" })
    .first()
    .click();
  await page.getByTestId("procedure-apply-online").click();

  // REC-4: signed in with the e-ID first, then back on the submission.
  await page.waitForURL((url) => url.pathname === "/dang-nhap-cong-dan");
  await signInWithEid(page, "038192004567");
  await page.waitForURL((url) => url.pathname === "/thu-tuc/1.001612/nop-truc-tuyen");

  // Step 1: the applicant from the e-ID; the receiving agency chosen.
  await expect.poll(() => stepTitle(page)).toBe("Người nộp hồ sơ");
  expect(await page.getByTestId("submission-applicant").textContent()).toContain("Lê Thị Bình");
  await next(page);
  expect(await page.getByTestId("form-error-summary").textContent()).toContain("cơ quan tiếp nhận");
  await page.getByTestId("submission-agency").click();
  await page.getByRole("option", { name: /Hạc Thành/ }).click();
  await next(page);

  // Step 2: the business; a wrong code of trade is named with its item in the summary, then fixed.
  await expect.poll(() => stepTitle(page)).toBe("Thông tin hộ kinh doanh");
  await page.getByTestId("form-input-tenHoKinhDoanh").fill("Hộ kinh doanh Phở Hạc Thành");
  await fillAddress(page, "diaChiKinhDoanh");
  await page.getByTestId("form-input-dienThoai").fill("0912345678");
  await page.getByTestId("form-add-nganhNghe").click();
  await page.getByTestId("form-input-nganhNghe[0].tenNganh").fill("Nhà hàng và dịch vụ ăn uống");
  await page.getByTestId("form-input-nganhNghe[0].maNganh").fill("56");
  await page.getByTestId("form-input-vonKinhDoanh").fill("50000000");
  await next(page);
  const summary = page.getByTestId("form-error-summary");
  await summary.waitFor();
  const problem = summary.locator('[data-path="nganhNghe[0].maNganh"]');
  expect(await problem.textContent()).toMatch(/^Ngành 1: .*mã ngành cấp 4/);
  await problem.getByRole("link").click();
  await page.getByTestId("form-input-nganhNghe[0].maNganh").fill("5610");
  await next(page);

  // Step 3: the owner.
  await expect.poll(() => stepTitle(page)).toBe("Chủ hộ kinh doanh");
  await page.getByTestId("form-option-loaiChuHo-ca_nhan").check();
  await page.getByTestId("form-input-hoTenChuHo").fill("Lê Thị Bình");
  await page.getByTestId("form-input-ngaySinhChuHo").fill("1992-05-20");
  await page.getByTestId("form-option-gioiTinhChuHo-nu").check();
  await page.getByTestId("form-input-soDinhDanhChuHo").fill("038192004567");
  await fillAddress(page, "noiCuTruChuHo");
  await page.getByTestId("form-input-camDoan").check();
  await next(page);

  // Step 4: the papers; a required one is missing until a PDF is uploaded.
  await expect.poll(() => stepTitle(page)).toBe("Thành phần hồ sơ");
  await next(page);
  expect(await page.getByTestId("form-error-summary").textContent()).toContain(
    "Giấy đề nghị đăng ký hộ kinh doanh",
  );
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("submission-upload-0").click(),
  ]);
  await chooser.setFiles({ name: "giay-de-nghi.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect.poll(() => page.getByTestId("submission-file").count()).toBe(1);
  await next(page);

  // Step 5: REC-7, the result by post.
  await expect.poll(() => stepTitle(page)).toBe("Cách nhận kết quả");
  await page.getByLabel("Nhận qua dịch vụ bưu chính công ích").check();
  await next(page);

  // Check your answers, then two quick clicks on "Nộp hồ sơ".
  await expect.poll(() => stepTitle(page)).toBe("Kiểm tra lại trước khi nộp");
  const review = await page.getByTestId("submission-review").textContent();
  expect(review).toContain("Hộ kinh doanh Phở Hạc Thành");
  expect(review).toContain("giay-de-nghi.pdf");
  expect(review).toContain("Nhận qua dịch vụ bưu chính công ích");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  // Others' journeys on this server may have given her dossiers already: count what she has.
  const myCodes = async () => {
    const mine = await page.request.get(`${new URL(page.url()).origin}/api/citizen/dossiers?pageSize=100`);
    return ((await mine.json()).items as { code: string }[]).map((d) => d.code);
  };
  const before = await myCodes();
  await page.getByTestId("submission-send").dblclick();
  const code = (await page.getByTestId("submission-code").textContent()) ?? "";
  expect(code).toMatch(/^000\.00\.51\.H56-\d{6}-\d{4}$/);
  expect(await page.getByTestId("submission-my-dossiers").getAttribute("href")).toBe("/cong-dan/ho-so");

  // One dossier for the draft, waiting in the one-stop officer's box of dossiers to accept.
  const codes = await myCodes();
  expect(codes.filter((c) => c === code)).toHaveLength(1);
  expect(codes).toHaveLength(before.length + 1);

  const officer = await newPage(browser);
  await signInPage(officer, baseUrl, "hacthanh.motcua");
  await officer.goto(`${baseUrl}/can-bo/ho-so?hop=cho-tiep-nhan`);
  await officer.getByTestId("inbox-total").waitFor();
  await expect.poll(() => officer.getByTestId("inbox-row").filter({ hasText: code }).count()).toBe(1);
  await officer.context().close();
  await page.context().close();
});
