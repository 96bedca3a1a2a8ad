import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInWithEid } from "./support/citizens.ts";
import { type DossierSummary, dossierInProcessing } from "./support/dossiers.ts";
import { officerCookie, signInPage } from "./support/officers.ts";
import { officerCommand, officerUpload } from "./support/online-dossiers.ts";

const baseUrl = inject("baseUrl");
/** Lê Thị Bình, a level-2 demo e-ID account: dossiers received under her ID number are hers. */
const CITIZEN = { idNumber: "038192004567", name: "Lê Thị Bình" };
const RESULT_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** RES-2: received under the citizen's ID number, through the workflow, its result returned at the counter. */
async function dossierReturned(): Promise<DossierSummary> {
  let dossier = await dossierInProcessing(baseUrl, CITIZEN.name, CITIZEN.idNumber);
  dossier = await officerCommand(baseUrl, "tuphap.chuyenvien", dossier, "hand-over");
  dossier = await officerCommand(baseUrl, "tuphap.truongphong", dossier, "submit-for-approval");
  dossier = await officerCommand(baseUrl, "tuphap.giamdoc", dossier, "approve", { note: "Đồng ý" });
  const head = await officerCookie(baseUrl, "tuphap.truongphong");
  const fileId = await officerUpload(baseUrl, head, "ket-qua.pdf", RESULT_PDF);
  dossier = await officerCommand(baseUrl, "tuphap.truongphong", dossier, "upload-result", {
    documentNumber: "77/LLTP",
    fileId,
  });
  dossier = await officerCommand(baseUrl, "tuphap.truongphong", dossier, "send-result");
  dossier = await officerCommand(baseUrl, "tthcc.motcua", dossier, "confirm-result");
  dossier = await officerCommand(baseUrl, "tthcc.motcua", dossier, "return-result", {
    reference: "Ký nhận tại quầy",
  });
  expect(dossier.status).toBe("returned");
  return dossier;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

it("SAT-1, SAT-3: at 360 px a citizen rates a returned dossier and sends feedback; an officer answers it", async () => {
  const dossier = await dossierReturned();
  const page = await newPage(browser, 360);

  // SAT-1: the dossier's page offers the rating once the result is returned.
  await page.goto(`${baseUrl}/cong-dan/ho-so/${dossier.id}`);
  await signInWithEid(page, CITIZEN.idNumber);
  const rating = page.getByTestId("my-dossier-rating");
  await rating.waitFor();
  expect(await rating.textContent()).toContain("Nguyễn Thị Lan");
  await rating.getByTestId("rating-agency").getByText("Rất hài lòng").click();
  await rating.getByTestId("rating-officer").getByText("Hài lòng", { exact: true }).click();
  await rating.getByLabel("Ý kiến thêm (không bắt buộc)").fill("Trả kết quả nhanh");
  expect(await noSidewaysScroll(page)).toBe(true);
  await rating.getByTestId("rating-submit").click();
  await rating.getByTestId("rating-given").waitFor();
  expect(await rating.getByTestId("rating-given").textContent()).toContain("Rất hài lòng");
  // Rated once: after a reload the form is gone, the rating stays.
  await page.reload();
  await page.getByTestId("rating-given").waitFor();
  expect(await page.getByTestId("rating-submit").count()).toBe(0);

  // SAT-3: the footer leads to the feedback form; signed in, no contact is asked.
  await page.getByTestId("footer-feedback").click();
  await page.getByTestId("feedback-page").waitFor();
  const subject = `Bãi đỗ xe trước trụ sở ${Date.now()}`;
  await page.getByTestId("feedback-agency").click();
  await page.getByTestId("feedback-agency").fill("Sở Tư pháp");
  await page.getByRole("option", { name: "Sở Tư pháp", exact: true }).click();
  await page.getByTestId("feedback-subject").fill(subject);
  await page.getByTestId("feedback-content").fill("Đề nghị bố trí thêm chỗ để xe cho người đến nộp hồ sơ.");
  expect(await page.getByTestId("feedback-contact-name").count()).toBe(0);
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByTestId("feedback-submit").click();
  expect(await page.getByTestId("feedback-sent").textContent()).toContain("Hạn trả lời");

  // The director of Sở Tư pháp finds it from the officer home and answers it, published.
  const officer = await newPage(browser, 360);
  await signInPage(officer, baseUrl, "tuphap.giamdoc");
  await officer.goto(`${baseUrl}/can-bo`);
  await officer.getByTestId("officer-feedback-link").click();
  const item = officer.getByTestId("officer-feedback-item").filter({ hasText: subject });
  await item.waitFor();
  expect(await item.getByTestId("officer-feedback-timing").textContent()).toBe("Trong hạn");
  await item.getByTestId("officer-feedback-answer-text").fill("Sở đã bố trí thêm 20 chỗ để xe.");
  expect(await noSidewaysScroll(officer)).toBe(true);
  await item.getByTestId("officer-feedback-send").click();
  // Answered: it leaves the "not answered" list.
  await expect
    .poll(() => officer.getByTestId("officer-feedback-item").filter({ hasText: subject }).count())
    .toBe(0);
  await officer.context().close();

  // The citizen sees the answer under their feedback, and it is among the published answers.
  await page.reload();
  const mine = page.getByTestId("feedback-mine").getByTestId("feedback-item").filter({ hasText: subject });
  await mine.waitFor();
  expect(await mine.getByTestId("feedback-answer").textContent()).toBe("Sở đã bố trí thêm 20 chỗ để xe.");
  const published = page
    .getByTestId("feedback-published")
    .getByTestId("feedback-item")
    .filter({ hasText: subject });
  await published.waitFor();
  await page.context().close();
}, 180_000);
