import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { RULE_CITATIONS } from "../src/domain/rule-citations.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { type DossierSummary, dossierAwaitingApproval, dossierInProcessing } from "./support/dossiers.ts";
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

interface View {
  applicant: { name: string };
  procedure: { name: string };
  receivingAgency: { name: string };
  processingAgency: { name: string } | null;
  workflow: { steps: { name: string; unitName: string | null }[] };
  attachments: { name: string }[];
  timeline: {
    actor: { name: string | null; agencyName: string | null };
    facts: { kind: string; text?: string; step?: string }[];
  }[];
}

/** The titles of the regulations the page cites (names of laws stay as they are written). */
const LAWS = [...new Set(Object.values(RULE_CITATIONS).map((citation) => citation.instrument))];

/**
 * What people typed or named (people, agencies, the procedure, steps, reasons, laws): it stays as
 * written in every language, so it is taken out before looking for Vietnamese words.
 */
async function namesIn(cookie: string, dossierId: string): Promise<string[]> {
  const { body } = await officerCall<View>(baseUrl, cookie, `/api/dossiers/${dossierId}`);
  const names = [
    body.applicant.name,
    body.procedure.name,
    body.receivingAgency.name,
    body.processingAgency?.name,
    ...body.workflow.steps.flatMap((step) => [step.name, step.unitName]),
    ...body.attachments.map((item) => item.name),
    ...LAWS,
  ];
  for (const entry of body.timeline) {
    names.push(entry.actor.name, entry.actor.agencyName);
    for (const fact of entry.facts) names.push(fact.text, fact.step);
  }
  return names.filter((name): name is string => Boolean(name)).sort((a, b) => b.length - a.length);
}

/** The text with the names taken out: what is left is the page's own words. */
function ownWords(text: string, names: readonly string[]): string {
  return names.reduce((rest, name) => rest.replaceAll(name, "·"), text);
}

/** The dossier page in English (the language switch is kept in the browser's storage). */
async function englishDossierPage(username: string, dossierId: string): Promise<Page> {
  const page = await newPage(browser);
  await signInPage(page, baseUrl, username);
  await page.goto(`${baseUrl}/can-bo/ho-so/${dossierId}`);
  await page.evaluate(() => window.localStorage.setItem("motcua.lang", "en"));
  await page.reload();
  await page.getByTestId("dossier-timeline").waitFor();
  return page;
}

it("SEC-2: in English, a dossier's history (its events, the roles of who acted) and its status have no Vietnamese words left", async () => {
  const dossier: DossierSummary = await dossierAwaitingApproval(baseUrl, "Đỗ Minh Châu");
  const page = await englishDossierPage("tuphap.giamdoc", dossier.id);
  const names = await namesIn(await officerCookie(baseUrl, "tuphap.giamdoc"), dossier.id);

  // The events and the roles are English; only names (people, agencies, steps, laws) stay as they are.
  const titles = await page.getByTestId("timeline-title").allTextContents();
  expect(titles).toEqual(["Submitted for approval", "Handed over", "Handed over", "Dossier received"]);
  for (const title of titles) expect(title).not.toMatch(VIETNAMESE);
  const timeline = (await page.getByTestId("dossier-timeline").textContent()) ?? "";
  expect(timeline).toContain("(Head of division)");
  expect(timeline).toContain("(One-stop officer)");
  expect(timeline).not.toContain("(Lãnh đạo phòng)");
  expect(timeline).not.toContain("Chuyển xử lý");
  expect(timeline).not.toMatch(/\b(PRC|REC)-\d/);
  for (const entry of await page.getByTestId("timeline-entry").allTextContents()) {
    expect(ownWords(entry, names)).not.toMatch(VIETNAMESE);
  }
  expect(await page.getByTestId("dossier-status").textContent()).toBe("Awaiting approval");
  // The rest of the page too: the time limits, the sub-deadlines, the actions, the papers' counts.
  expect(await page.getByTestId("sub-deadline").count()).toBeGreaterThan(0);
  const wholePage = (await page.getByTestId("dossier-page").textContent()) ?? "";
  expect(ownWords(wholePage, names)).not.toMatch(VIETNAMESE);
  expect(await page.getByTestId("command-approve").textContent()).toBe("Approve");
  await page.context().close();
});

it("CAN-2: an English dossier page words the sub-deadlines, the cancellation's events and its status in English", async () => {
  // Two counter dossiers for the same applicant: the one-stop asks to cancel the second as a duplicate.
  const kept = await dossierInProcessing(baseUrl, "Hoàng Thị Mai");
  const duplicate = await dossierInProcessing(baseUrl, "Hoàng Thị Mai");
  const oneStop = await officerCookie(baseUrl, "tthcc.motcua");
  const requested = await officerCall<DossierSummary>(
    baseUrl,
    oneStop,
    `/api/dossiers/${duplicate.id}/request-cancellation`,
    {
      expectedVersion: duplicate.version,
      ground: "duplicate",
      reason: "Nhập trùng hồ sơ",
      duplicateCodes: [kept.code],
    },
  );
  expect(requested.status, JSON.stringify(requested.body)).toBe(200);
  expect(requested.body.subDeadlines.map((item) => item.kind)).toContain("cancellation_review");

  const page = await englishDossierPage("tuphap.giamdoc", duplicate.id);
  const names = await namesIn(await officerCookie(baseUrl, "tuphap.giamdoc"), duplicate.id);
  const titles = await page.getByTestId("timeline-title").allTextContents();
  expect(titles).toEqual(["Cancellation requested", "Handed over", "Dossier received"]);
  for (const entry of await page.getByTestId("timeline-entry").allTextContents()) {
    expect(ownWords(entry, names)).not.toMatch(VIETNAMESE);
  }
  const review = page.locator('[data-testid="sub-deadline"][data-kind="cancellation_review"]');
  expect(await review.textContent()).toContain("Review and approval of the cancellation");
  for (const item of await page.getByTestId("sub-deadline").allTextContents()) {
    expect(ownWords(item, names)).not.toMatch(VIETNAMESE);
  }
  expect(await page.getByTestId("dossier-status").textContent()).toBe("Cancellation requested");
  await page.context().close();
});
