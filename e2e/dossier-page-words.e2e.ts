import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { type DossierSummary, dossierInProcessing } from "./support/dossiers.ts";
import { officerCall, officerCookie, signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

/** Letters only Vietnamese uses (đ, ơ, ư, â, ê, ô, ă and the tone marks). */
const VIETNAMESE = /[đĐơƠưƯăĂâÂêÊôÔ]|[\u0300-\u0323]|[àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Through the specialist and the head of unit to the director's approval. */
async function awaitingApproval(applicantName: string): Promise<DossierSummary> {
  const atSpecialist = await dossierInProcessing(baseUrl, applicantName);
  const specialist = await officerCookie(baseUrl, "tuphap.chuyenvien");
  const atHead = await officerCall<DossierSummary>(
    baseUrl,
    specialist,
    `/api/dossiers/${atSpecialist.id}/hand-over`,
    { expectedVersion: atSpecialist.version },
  );
  expect(atHead.status, JSON.stringify(atHead.body)).toBe(200);
  const head = await officerCookie(baseUrl, "tuphap.truongphong");
  const submitted = await officerCall<DossierSummary>(
    baseUrl,
    head,
    `/api/dossiers/${atSpecialist.id}/submit-for-approval`,
    { expectedVersion: atHead.body.version },
  );
  expect(submitted.body.status, JSON.stringify(submitted.body)).toBe("awaiting_approval");
  return submitted.body;
}

it("PRC-9: the director's filled button is the approval, and an English dossier page has no Vietnamese in its timeline", async () => {
  const dossier = await awaitingApproval("Đỗ Minh Châu");
  const page = await newPage(browser);
  await signInPage(page, baseUrl, "tuphap.giamdoc");
  await page.goto(`${baseUrl}/can-bo/ho-so/${dossier.id}`);
  await page.getByTestId("dossier-actions").waitFor();

  // The first (filled) action is the workflow's next step, not the apology.
  const buttons = page.getByTestId("dossier-actions").locator("button");
  expect(await buttons.first().getAttribute("data-testid")).toBe("command-approve");
  expect(await buttons.first().textContent()).toBe("Phê duyệt");
  expect(await buttons.first().getAttribute("data-variant")).toBe("filled");
  expect(await page.getByTestId("command-issue_apology").getAttribute("data-variant")).toBe("outline");

  // English: the events and the roles are English; only names (people, agencies, steps, laws) stay as they are.
  await page.evaluate(() => window.localStorage.setItem("motcua.lang", "en"));
  await page.reload();
  await page.getByTestId("dossier-timeline").waitFor();
  const titles = await page.getByTestId("timeline-title").allTextContents();
  expect(titles).toEqual(["Submitted for approval", "Handed over", "Handed over", "Dossier received"]);
  for (const title of titles) expect(title).not.toMatch(VIETNAMESE);
  const timeline = (await page.getByTestId("dossier-timeline").textContent()) ?? "";
  expect(timeline).toContain("(Head of division)");
  expect(timeline).toContain("(One-stop officer)");
  expect(timeline).not.toContain("(Lãnh đạo phòng)");
  expect(timeline).not.toContain("Chuyển xử lý");
  expect(timeline).not.toMatch(/\b(PRC|REC)-\d/);
});
