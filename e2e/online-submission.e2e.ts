import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signedPdf } from "../src/server/modules/signatures/test-support.ts";
import { expectNoSeriousAxeViolations } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { fillAddress, signInWithEid } from "./support/citizens.ts";
import { setServerClock, signInPage } from "./support/officers.ts";
import {
  driveDossier,
  HAC_THANH_OFFICERS,
  ONLINE_ONE_STOP,
  officerUpload,
  SAMPLE_PDF,
} from "./support/online-dossiers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
let browser: Browser;

beforeAll(async () => {
  await setServerClock(clockFile, 0);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The id of the citizen's dossier `code`, from her own list. */
async function myDossierId(page: Page, code: string): Promise<string> {
  const mine = await page.request.get(`${new URL(page.url()).origin}/api/citizen/dossiers?pageSize=100`);
  const found = ((await mine.json()).items as { id: string; code: string }[]).find((d) => d.code === code);
  if (!found) throw new Error(`${code} is not among her dossiers`);
  return found.id;
}

const next = (page: Page) => page.getByTestId("submission-next").click();
const stepTitle = (page: Page) => page.getByTestId("submission-step-title").textContent();

it("REC-4, REC-7, REC-8, RES-3, SAT-1, LKP-2: the whole journey at 360 px: a citizen finds a procedure typed without accents, signs in with VNeID, fills the form in steps, fixes what the summary names, uploads a digitally signed PDF (signer shown), leaves and resumes the draft on another device, checks the answers and submits twice quickly (one dossier); the one-stop accepts it, the specialist asks for a supplement, she answers online, the result is returned into her data store and she rates the service", async () => {
  let page = await newPage(browser, 360);
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
  // REC-4: a PDF signed with a digital certificate; the server checked it and names the signer.
  const signed = await signedPdf();
  await chooser.setFiles({ name: "giay-de-nghi.pdf", mimeType: "application/pdf", buffer: signed.pdf });
  await expect.poll(() => page.getByTestId("submission-file").count()).toBe(1);
  expect(await page.getByTestId("submission-file-signature").textContent()).toContain(
    `Đã ký số bởi ${signed.signerName}`,
  );
  await next(page);
  await expect.poll(() => stepTitle(page)).toBe("Cách nhận kết quả");

  // Issue #14: she leaves (the step change saved the draft on the server) and resumes on another
  // device: a new browser, signed in again, back at the same step with her answers and her file.
  await page.context().close();
  page = await newPage(browser, 360);
  await page.goto(`${baseUrl}/thu-tuc/1.001612/nop-truc-tuyen`);
  await page.waitForURL((url) => url.pathname === "/dang-nhap-cong-dan");
  await signInWithEid(page, "038192004567");
  await page.waitForURL((url) => url.pathname === "/thu-tuc/1.001612/nop-truc-tuyen");

  // Step 5: REC-7, the result electronically (RES-3: into her data store).
  await expect.poll(() => stepTitle(page)).toBe("Cách nhận kết quả");
  await page.getByLabel("Nhận bản điện tử").check();
  await next(page);

  // Check your answers, then two quick clicks on "Nộp hồ sơ".
  await expect.poll(() => stepTitle(page)).toBe("Kiểm tra lại trước khi nộp");
  const review = await page.getByTestId("submission-review").textContent();
  expect(review).toContain("Hộ kinh doanh Phở Hạc Thành");
  expect(review).toContain("giay-de-nghi.pdf");
  expect(review).toContain("Nhận bản điện tử");
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
  await signInPage(officer, baseUrl, ONLINE_ONE_STOP);
  await officer.goto(`${baseUrl}/can-bo/ho-so?hop=cho-tiep-nhan`);
  await officer.getByTestId("inbox-total").waitFor();
  await expect.poll(() => officer.getByTestId("inbox-row").filter({ hasText: code }).count()).toBe(1);
  await officer.context().close();

  // The one-stop accepts it; the specialist finds a paper missing and returns it (PRC-5).
  const id = await myDossierId(page, code);
  // Her pages on the origin her e-ID sign-in came back to (her session cookie's host).
  const site = new URL(page.url()).origin;
  const missing = "Bản sao hợp đồng thuê địa điểm kinh doanh";
  const returned = await driveDossier(
    baseUrl,
    id,
    HAC_THANH_OFFICERS,
    ["accept_online", "hand_over", "return_for_supplement"],
    (d) => d.status === "awaiting_supplement",
    async (command) =>
      command === "return_for_supplement"
        ? { reason: "Thiếu hợp đồng thuê địa điểm.", items: [missing] }
        : {},
  );
  expect(returned.status).toBe("awaiting_supplement");

  // REC-8: she answers online from her dossier's page, with a PDF.
  await page.goto(`${site}/cong-dan/ho-so/${id}`);
  const supplement = page.getByTestId("my-dossier-supplement-form");
  await supplement.waitFor();
  expect(await page.getByTestId("supplement-reason").textContent()).toBe("Thiếu hợp đồng thuê địa điểm.");
  await supplement.getByLabel(missing).check();
  const [contract] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("supplement-upload").click(),
  ]);
  await contract.setFiles({ name: "hop-dong-thue.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await supplement.getByTestId("supplement-file").waitFor();
  await page.getByTestId("supplement-send").click();
  await page.getByTestId("my-dossier-notice").waitFor();
  expect(await page.getByTestId("my-dossier-notice").textContent()).toContain("Đã gửi hồ sơ bổ sung");

  // The agency goes on to the result, signed by the ward's chairman and returned (RES-1, RES-3).
  const done = await driveDossier(
    baseUrl,
    id,
    HAC_THANH_OFFICERS,
    [
      "hand_over",
      "submit_for_approval",
      "approve",
      "upload_result",
      "send_result",
      "confirm_result",
      "return_result",
    ],
    (d) => d.status === "returned",
    async (command, cookie) =>
      command === "upload_result"
        ? {
            documentNumber: "15/GCN-HKD",
            fileId: await officerUpload(baseUrl, cookie, "giay-chung-nhan.pdf", SAMPLE_PDF),
          }
        : {},
  );
  expect(done.status).toBe("returned");

  // RES-3, DIG-1: the electronic result is in her data store by itself, ready to download.
  await page.goto(`${site}/cong-dan/kho-du-lieu`);
  const item = page.getByTestId("data-store-item").filter({ hasText: code });
  await expect.poll(() => item.count()).toBe(1);
  expect(await item.textContent()).toContain("15/GCN-HKD");
  await expectNoSeriousAxeViolations(page, "kho dữ liệu, 360 px");

  // SAT-1: she rates the service once.
  await page.goto(`${site}/cong-dan/ho-so/${id}`);
  const rating = page.getByTestId("my-dossier-rating");
  await rating.waitFor();
  await rating.getByTestId("rating-agency").getByText("Rất hài lòng").click();
  await rating.getByTestId("rating-officer").getByText("Hài lòng", { exact: true }).click();
  await rating.getByTestId("rating-submit").click();
  await rating.getByTestId("rating-given").waitFor();
  expect(await rating.getByTestId("rating-given").textContent()).toContain("Rất hài lòng");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.context().close();
});
