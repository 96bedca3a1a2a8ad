import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { type DossierSummary, dossierInProcessing as inProcessing } from "./support/dossiers.ts";
import { officerCall, officerCookie, setServerClock, signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
/** A small real PDF: what a scanner gives for a one-page letter. */
const LETTER_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
let browser: Browser;

type View = DossierSummary;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await setServerClock(clockFile, 0);
  await browser?.close();
});

/** A dossier in processing at Sở Tư pháp's specialist. */
const dossierInProcessing = (applicantName: string) => inProcessing(baseUrl, applicantName);

async function openCommand(page: Page, command: string) {
  await page.getByTestId(`command-${command}`).click();
  const form = page.locator(`[data-testid="command-form"][data-command="${command}"]`);
  await form.waitFor();
  return form;
}

async function statusOf(page: Page): Promise<string | null> {
  return page.getByTestId("dossier-page").getAttribute("data-status");
}

it("PRC-6: a specialist requests a correction and cannot request a second one", async () => {
  const dossier = await dossierInProcessing("Phạm Văn Sửa");
  const page = await newPage(browser);
  await signInPage(page, baseUrl, "tuphap.chuyenvien");

  // The inbox opens on the box with work in it; the dossier is there, coloured by its time left.
  await page.goto(`${baseUrl}/can-bo/ho-so?hop=dang-xu-ly`);
  const row = page.locator(`[data-testid="inbox-row"][data-code="${dossier.code}"]`);
  await row.waitFor();
  expect(await row.getByTestId("time-badge").textContent()).toMatch(/Còn hạn|Sắp đến hạn|Quá hạn/);
  expect(Number(await page.getByTestId("inbox-count-to_process").getAttribute("data-count"))).toBeGreaterThan(
    0,
  );
  // The search covers the whole box, diacritics ignored: the applicant's name finds this dossier only.
  await page.getByTestId("inbox-search").fill("pham van sua");
  await page.waitForFunction((code) => {
    const rows = [...document.querySelectorAll('[data-testid="inbox-row"]')];
    return rows.length === 1 && rows[0]?.getAttribute("data-code") === code;
  }, dossier.code);
  await row.getByTestId("inbox-open").click();
  await page.getByTestId("dossier-page").waitFor();
  expect(await page.getByTestId("dossier-code").textContent()).toBe(dossier.code);
  expect(await page.getByTestId("dossier-status").textContent()).toBe("Đang xử lý");

  // The correction request (Mẫu 02): a reason and what to correct, one item per line.
  const form = await openCommand(page, "request_correction");
  await form.getByTestId("command-submit").click();
  expect(await form.locator("text=Bắt buộc nhập").count()).toBe(2);
  await form.getByTestId("command-field-reason").fill("Tờ khai thiếu chữ ký của người yêu cầu.");
  await form.getByTestId("command-field-items").fill("Tờ khai có chữ ký\nBản sao căn cước");
  await form.getByTestId("command-submit").click();
  await expect.poll(() => statusOf(page)).toBe("correction_requested");
  expect(await page.getByTestId("dossier-clock-phase").getAttribute("data-phase")).toBe("paused");
  expect(await page.getByTestId("dossier-supplement-requests").textContent()).toContain("Tờ khai có chữ ký");
  expect(await page.getByTestId("dossier-form-mau-02").getAttribute("href")).toBe(
    `/api/dossiers/${dossier.id}/forms/mau-02`,
  );

  // The applicant brings the corrected papers to the one-stop, which receives them.
  const oneStop = await officerCookie(baseUrl, "tthcc.motcua");
  const paused = await officerCall<View>(baseUrl, oneStop, `/api/dossiers/${dossier.id}`);
  const supplemented = await officerCall<View>(
    baseUrl,
    oneStop,
    `/api/dossiers/${dossier.id}/receive-supplement`,
    {
      expectedVersion: paused.body.version,
      documents: ["Tờ khai có chữ ký", "Bản sao căn cước"],
    },
  );
  expect(supplemented.body.status).toBe("in_processing");

  // Back in processing: a second correction request is not offered…
  await page.reload();
  await page.getByTestId("dossier-page").waitFor();
  expect(await statusOf(page)).toBe("in_processing");
  expect(await page.getByTestId("command-hand_over").count()).toBe(1);
  expect(await page.getByTestId("command-request_correction").count()).toBe(0);

  // …and a forced call is refused by the lifecycle, citing the rule.
  const specialist = await officerCookie(baseUrl, "tuphap.chuyenvien");
  const forced = await officerCall<{ rule?: string; detail: string }>(
    baseUrl,
    specialist,
    `/api/dossiers/${dossier.id}/request-correction`,
    { expectedVersion: supplemented.body.version, reason: "Lần thứ hai", items: ["Bản sao"] },
  );
  expect(forced.status).toBe(422);
  expect(forced.body.rule).toBe("PRC-6");
  await page.context().close();
});

it("WDR-2: a one-stop officer files a withdrawal from a scanned letter; the overdue marker appears, on the dossier and in the deciding agency's inbox, when the agency does not decide within 1 working day", async () => {
  const dossier = await dossierInProcessing("Lê Thị Rút");
  const page = await newPage(browser, 360);
  await signInPage(page, baseUrl, "tthcc.motcua");
  await page.goto(`${baseUrl}/can-bo/ho-so/${dossier.id}`);
  await page.getByTestId("dossier-page").waitFor();

  // WDR-1: the applicant's letter, scanned, is uploaded with the request.
  const form = await openCommand(page, "request_withdrawal");
  await form.getByTestId("command-field-reason").fill("Người nộp không còn nhu cầu giải quyết.");
  await form.locator('input[type="file"]').setInputFiles({
    name: "don-rut-ho-so.pdf",
    mimeType: "application/pdf",
    buffer: LETTER_PDF,
  });
  await form.getByTestId("command-field-letterFileId-uploaded").waitFor();
  await form.getByTestId("command-submit").click();
  await expect.poll(() => statusOf(page)).toBe("withdrawal_requested");
  expect(await page.getByTestId("dossier-timeline").textContent()).toContain("don-rut-ho-so.pdf");

  // WDR-2: forwarded to the processing agency, which has 1 working day to decide (WDR-3).
  const forward = await openCommand(page, "forward_withdrawal");
  await forward.getByTestId("command-submit").click();
  await expect.poll(() => statusOf(page)).toBe("withdrawal_forwarded");
  const decision = page.locator('[data-testid="sub-deadline"][data-kind="withdrawal_decision"]');
  expect(await decision.getAttribute("data-overdue")).toBe("false");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // WDR-3: the decision is the agency's work: the director finds it in the box to process.
  const director = await officerCookie(baseUrl, "tuphap.giamdoc");
  const toProcess = await officerCall<{ items: { code: string; overdueSubDeadlines: unknown[] }[] }>(
    baseUrl,
    director,
    "/api/inbox?box=to_process&sort=received&pageSize=100",
  );
  expect(toProcess.body.items.find((item) => item.code === dossier.code)?.overdueSubDeadlines).toEqual([]);

  // Nobody decides: the server's clock moves past the decision's due.
  const oneStop = await officerCookie(baseUrl, "tthcc.motcua");
  const forwarded = await officerCall<View>(baseUrl, oneStop, `/api/dossiers/${dossier.id}`);
  const due = forwarded.body.subDeadlines.find((entry) => entry.kind === "withdrawal_decision")?.due ?? "";
  await setServerClock(clockFile, Date.parse(due) - Date.now() + 30 * 60_000);
  await expect
    .poll(
      async () =>
        (
          await officerCall<View>(
            baseUrl,
            await officerCookie(baseUrl, "tthcc.motcua"),
            `/api/dossiers/${dossier.id}`,
          )
        ).body.subDeadlines.find((entry) => entry.kind === "withdrawal_decision")?.overdue,
      { timeout: 10_000 },
    )
    .toBe(true);

  // The dossier page marks it "Quá hạn".
  await page.reload();
  await decision.waitFor();
  expect(await decision.getAttribute("data-overdue")).toBe("true");
  expect(await decision.getByTestId("sub-deadline-overdue").textContent()).toContain("Quá hạn");
  await page.context().close();

  // The director's inbox counts it overdue, and its row names the sub-deadline that is late.
  const inbox = await newPage(browser, 360);
  await signInPage(inbox, baseUrl, "tuphap.giamdoc");
  await inbox.goto(`${baseUrl}/can-bo/ho-so?hop=qua-han&sap=received`);
  const row = inbox.locator(`[data-testid="inbox-row"][data-code="${dossier.code}"]`);
  await row.waitFor();
  const marker = row.locator('[data-testid="inbox-sub-deadline-overdue"][data-kind="withdrawal_decision"]');
  expect(await marker.textContent()).toContain("Quá hạn: Giải quyết yêu cầu rút hồ sơ");
  expect(Number(await inbox.getByTestId("inbox-count-overdue").getAttribute("data-count"))).toBeGreaterThan(
    0,
  );
  expect(await inbox.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await inbox.context().close();
});
