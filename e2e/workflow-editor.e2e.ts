import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
/** Đăng ký khai sinh (1.001193) at UBND phường Hạc Thành: a demo workflow with an approved version in use. */
const CODE = "1.001193";
const AGENCY_CODE = "000.00.51.H56";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await discardOpenDrafts();
});

afterAll(async () => {
  await browser?.close();
  await discardOpenDrafts();
});

async function officerCookie(username: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "Motcua@2026" }),
  });
  expect(login.ok).toBe(true);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

interface Listed {
  procedureId: string;
  procedureCode: string;
  agency: { id: string; code: string };
  inUseVersion: number | null;
  openVersion: { version: number; status: string } | null;
}

async function demoWorkflow(cookie: string): Promise<Listed> {
  const list = (await (await fetch(`${baseUrl}/api/admin/workflows`, { headers: { cookie } })).json()) as {
    items: Listed[];
  };
  const item = list.items.find((i) => i.procedureCode === CODE && i.agency.code === AGENCY_CODE);
  if (!item) throw new Error(`no demo workflow for ${CODE} at ${AGENCY_CODE}`);
  return item;
}

/** The shared server ends as it began: no draft left on the demo workflow. */
async function discardOpenDrafts() {
  const cookie = await officerCookie("kstthc");
  const item = await demoWorkflow(cookie);
  if (item.openVersion?.status !== "draft") return;
  const url = `${baseUrl}/api/admin/workflows/procedures/${item.procedureId}/agencies/${item.agency.id}/versions/${item.openVersion.version}`;
  const answer = await fetch(url, { method: "DELETE", headers: { cookie } });
  expect(answer.status).toBe(204);
}

it("PRC-1: the workflow editor refuses steps that take longer than the statutory time, live and on save", async () => {
  const page = await newPage(browser);
  const before = await demoWorkflow(await officerCookie("kstthc"));
  expect(before.openVersion).toBeNull();
  expect(before.inUseVersion).not.toBeNull();

  // Not signed in: the workflows page sends to the sign-in form, which comes back after signing in.
  await page.goto(`${baseUrl}/quan-tri/quy-trinh`);
  await page.locator('input[name="username"]').fill("kstthc");
  await page.locator('input[name="password"]').fill("Motcua@2026");
  await page.getByTestId("signin-form").locator('button[type="submit"]').click();
  const row = page.locator(
    `[data-testid="workflows-row"][data-code="${CODE}"][data-agency="${AGENCY_CODE}"]`,
  );
  await row.getByTestId("workflows-open").click();
  await page.getByTestId("workflow-view").waitFor();
  expect(await page.getByTestId("workflow-view").getAttribute("data-status")).toBe("approved");

  // A new draft from the version in use, saved on the server.
  await page.getByTestId("workflow-new-version").click();
  await page.getByTestId("workflow-composing").waitFor();
  const editor = page.getByTestId("workflow-editor");
  await editor.waitFor();
  expect(await page.getByTestId("workflow-total").getAttribute("data-over")).toBe("false");
  await page.getByTestId("workflow-save").click();
  await page.waitForURL(/phienban=\d+/);
  const version = Number(new URL(page.url()).searchParams.get("phienban"));
  expect(version).toBeGreaterThan(before.inUseVersion ?? 0);
  await page.getByTestId("workflow-editor").waitFor();
  expect(
    await page
      .locator(`[data-testid="workflow-version-row"][data-version="${version}"]`)
      .getAttribute("data-state"),
  ).toBe("draft");

  // The handling step takes 3 hours instead of 1: the total goes over the time the law allows.
  await page.getByTestId("diagram-step-xu-ly").click();
  expect(await page.getByTestId("step-editor").getAttribute("data-step")).toBe("xu-ly");
  const duration = page.getByTestId("step-duration");
  const original = await duration.inputValue();
  await duration.fill("3");
  await expect.poll(() => page.getByTestId("workflow-total").getAttribute("data-over")).toBe("true");
  const live = page.getByTestId("workflow-live-errors");
  await live.waitFor();
  expect(await live.textContent()).toContain("PRC-1");
  expect(await live.locator('[data-code="WORKFLOW_TOO_LONG"]').getAttribute("data-rule")).toBe("PRC-1");
  expect(await page.getByTestId("workflow-submit").isDisabled()).toBe(true);

  // The server refuses to save it too, citing the rule.
  await page.getByTestId("workflow-save").click();
  const refused = page.getByTestId("workflow-server-error");
  await refused.waitFor();
  expect(await refused.getAttribute("data-rule")).toBe("PRC-1");
  expect(await refused.textContent()).toContain("PRC-1");
  expect(await refused.textContent()).toContain("vượt thời hạn giải quyết");

  // Put the step back: the total fits again and nothing is left unsaved.
  await duration.fill(original);
  await expect.poll(() => page.getByTestId("workflow-total").getAttribute("data-over")).toBe("false");
  expect(await page.getByTestId("workflow-live-errors").count()).toBe(0);
  expect(await page.getByTestId("workflow-editor").getAttribute("data-dirty")).toBe("false");

  // Clean up through the page: the draft is deleted; the version in use stays.
  await page.getByTestId("workflow-discard").click();
  await page.getByTestId("workflow-discard-confirm").click();
  await page.getByTestId("workflow-view").waitFor();
  expect(await page.locator(`[data-testid="workflow-version-row"][data-version="${version}"]`).count()).toBe(
    0,
  );
  const after = await demoWorkflow(await officerCookie("kstthc"));
  expect(after.openVersion).toBeNull();
  expect(after.inUseVersion).toBe(before.inUseVersion);
  await page.context().close();
});

it("PRC-1: the approver's inbox lists a submitted workflow; its author may not approve it", async () => {
  const page = await newPage(browser, 360);
  // Sở Tư pháp's demo workflow has a version awaiting approval, submitted by the agency's leader.
  const login = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: { username: "tuphap.giamdoc", password: "Motcua@2026" },
  });
  expect(login.ok()).toBe(true);
  await page.goto(`${baseUrl}/quan-tri/quy-trinh?xem=cho-duyet`);
  const row = page.getByTestId("workflows-row").first();
  await row.waitFor();
  await row.getByTestId("workflows-open").click();
  await page.getByTestId("workflow-awaiting").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.getByTestId("workflow-approve").click();
  await page.getByTestId("workflow-approve-confirm").click();
  const refused = page.getByTestId("workflow-approve-error");
  await refused.waitFor();
  expect(await refused.getAttribute("data-code")).toBe("WORKFLOW_SELF_APPROVAL");
  expect(await refused.textContent()).toContain("không được tự phê duyệt");
  await page.context().close();
});
