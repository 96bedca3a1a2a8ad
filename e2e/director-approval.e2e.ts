import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { dossierAwaitingApproval } from "./support/dossiers.ts";
import { signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it("PRC-9: the director's filled button is the workflow's next step, 'Phê duyệt', and it approves the dossier", async () => {
  const dossier = await dossierAwaitingApproval(baseUrl, "Đỗ Minh Châu");
  const page = await newPage(browser);
  await signInPage(page, baseUrl, "tuphap.giamdoc");
  await page.goto(`${baseUrl}/can-bo/ho-so/${dossier.id}`);
  const actions = page.getByTestId("dossier-actions");
  await actions.waitFor();

  // The first, filled action is the approval; the others (the apology among them) are outlined.
  const buttons = actions.getByRole("button");
  const approve = actions.getByRole("button", { name: "Phê duyệt", exact: true });
  expect(await buttons.first().textContent()).toBe("Phê duyệt");
  expect(await approve.getAttribute("data-variant")).toBe("filled");
  expect(await page.getByTestId("command-issue_apology").getAttribute("data-variant")).toBe("outline");
  for (const other of await buttons.all()) {
    if ((await other.textContent()) !== "Phê duyệt")
      expect(await other.getAttribute("data-variant")).toBe("outline");
  }

  // It works: the form opens, the director signs off, the dossier is approved.
  await approve.click();
  const form = page.getByTestId("command-form");
  await form.waitFor();
  await form.getByTestId("command-field-note").fill("Đồng ý");
  await page.getByTestId("command-submit").click();
  await form.waitFor({ state: "detached" });
  await expect.poll(() => page.getByTestId("dossier-page").getAttribute("data-status")).toBe("approved");
  expect(await actions.getByRole("button", { name: "Phê duyệt", exact: true }).count()).toBe(0);
  await page.context().close();
});
