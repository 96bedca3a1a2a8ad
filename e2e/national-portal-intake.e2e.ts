import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DOSSIER_COMMANDS, type DossierCommandType } from "../src/contracts/dossiers.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { setServerClock, signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
/** The national portal simulator mounted in motcua when NATIONAL_PORTAL_URL is unset (INT-1). */
const portal = `${baseUrl}/sim/dvcqg`;
/**
 * 1.001193 (birth registration) at the ward of Hạc Thành: its published e-form is filled by the
 * portal from what the citizen enters; received by the ward's one-stop officer, then handed to
 * the civil-status officer's step.
 */
const PROCEDURE = "1.001193";
const AGENCY = "000.00.51.H56";
const ONE_STOP = "hacthanh.motcua";
const APPLICANT = "Trịnh Thị Thu Hà";
let browser: Browser;

beforeAll(async () => {
  await setServerClock(clockFile, 0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Submits a dossier on the simulator's page as a citizen would; its national code (TT 04/2025). */
async function submitOnPortal(page: Page): Promise<string> {
  await page.goto(`${portal}/nop`);
  await page.locator("#procedureCode").selectOption(PROCEDURE);
  await page.locator("#agencyCode").selectOption(AGENCY);
  await page.locator("#name").fill(APPLICANT);
  await page.locator("#phone").fill("0912345678");
  await page.locator("#verified").check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  const notice = page.getByRole("status");
  await notice.waitFor();
  const code = /Đã nộp hồ sơ (\S+) trên Cổng DVCQG/.exec((await notice.textContent()) ?? "")?.[1];
  expect(code).toBeTruthy();
  return code ?? "";
}

/** The simulator's status history of the dossier ("1 → 2 → 4"), as its list page shows it. */
async function portalHistory(page: Page, nationalCode: string): Promise<string> {
  await page.goto(`${portal}/`);
  const row = page.locator("tbody tr", { hasText: nationalCode });
  if ((await row.count()) === 0) return "";
  return ((await row.locator("td").nth(4).textContent()) ?? "").trim();
}

async function act(page: Page, command: DossierCommandType) {
  const button = page.getByTestId(`command-${command}`);
  expect((await button.textContent())?.trim()).toBe(DOSSIER_COMMANDS[command].label);
  await button.click();
  const form = page.getByTestId("command-form");
  await form.waitFor();
  await page.getByTestId("command-submit").click();
  await form.waitFor({ state: "detached", timeout: 15_000 });
}

it("REC-10, REC-3, INT-1: a dossier submitted on the national portal waits for acceptance with its 8-hour countdown; accepted and handed over, the portal shows 2, then 4", async () => {
  const citizen = await newPage(browser);
  const nationalCode = await submitOnPortal(citizen);

  // It arrives in the one-stop officer's box of dossiers awaiting acceptance, counting down.
  const officer = await newPage(browser);
  await signInPage(officer, baseUrl, ONE_STOP);
  const row = officer.getByTestId("inbox-row").filter({ hasText: APPLICANT });
  await expect
    .poll(
      async () => {
        await officer.goto(`${baseUrl}/can-bo/ho-so?hop=cho-tiep-nhan`);
        await officer.getByTestId("inbox-total").waitFor();
        return row.count();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(1);
  expect(await row.getAttribute("data-time-class")).not.toBe("overdue");
  expect(await row.getByTestId("remaining-time").textContent()).toMatch(/^Còn .+ làm việc$/);
  // The row's link to the dossier page (the list refreshes itself, so follow its address).
  await officer.goto(`${baseUrl}${await row.getByTestId("inbox-open").getAttribute("href")}`);
  await officer.getByTestId("dossier-page").waitFor();
  expect(await officer.getByTestId("dossier-page").getAttribute("data-status")).toBe("awaiting_acceptance");
  const acceptance = officer.locator('[data-testid="sub-deadline"][data-kind="online_acceptance"]');
  expect(await acceptance.getAttribute("data-overdue")).toBe("false");

  // Accepted: the portal learns status 2 (received).
  await act(officer, "accept_online");
  await expect
    .poll(() => portalHistory(citizen, nationalCode), { timeout: 30_000, interval: 1_000 })
    .toMatch(/2$/);

  // Handed over to the department: status 4 (in processing), after 2, never before it.
  await act(officer, "hand_over");
  await expect
    .poll(() => portalHistory(citizen, nationalCode), { timeout: 30_000, interval: 1_000 })
    .toMatch(/2 → 4$/);
  await officer.context().close();
  await citizen.context().close();
}, 120_000);
