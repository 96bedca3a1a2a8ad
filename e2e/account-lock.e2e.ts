import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
/** Waits for what the page shows after a round trip to the server; generous, for a loaded machine. */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });
const PASSWORD = "Motcua@2026";
const TARGET = "hacthanh.congchuc";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await unlockIfLocked();
});

/** Whatever happened above, the shared server's demo officer ends as it began: active. */
async function unlockIfLocked() {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const list = (await (
    await fetch(`${baseUrl}/api/admin/officers?q=${TARGET}`, { headers: { cookie } })
  ).json()) as { officers: { id: string; username: string; status: string }[] };
  const officer = list.officers.find((o) => o.username === TARGET);
  if (officer?.status === "locked") {
    await fetch(`${baseUrl}/api/admin/officers/${officer.id}/unlock`, {
      method: "POST",
      headers: { cookie },
    });
  }
}

async function signIn(page: Page, username: string) {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId("signin-form").locator('button[type="submit"]').click();
}

const status = (page: Page) => page.getByTestId("account-status").first();

it("an administrator locks an account reported misused; the official cannot sign in until it is unlocked (ACC-1)", async () => {
  const admin = await newPage(browser);

  // Not signed in: the accounts page sends to the sign-in form, which comes back after signing in.
  await admin.goto(`${baseUrl}/quan-tri/tai-khoan`);
  await signIn(admin, "admin");
  await poll(() => admin.getByTestId("accounts-title").textContent()).toBe("Tài khoản cán bộ");

  // Search is diacritics-insensitive on the server; the username finds exactly one account.
  await admin.getByTestId("accounts-search").fill(TARGET);
  const rows = admin.getByTestId("accounts-row");
  await poll(() => rows.count()).toBe(1);
  expect(await rows.first().getAttribute("data-username")).toBe(TARGET);
  await rows.first().getByTestId("accounts-open").click();
  await poll(() => admin.getByTestId("account-title").textContent()).toBe("Vũ Thị Hương");
  expect(await status(admin).getAttribute("data-status")).toBe("active");

  // Lock with a reason and a note; the modal says what will happen first.
  await admin.getByTestId("account-lock").click();
  const form = admin.getByTestId("account-action-form");
  await form.waitFor();
  expect(await form.getAttribute("data-action")).toBe("lock");
  await admin.getByTestId("account-reason-misused").check();
  await admin.getByTestId("account-action-note").fill("Kiểm thử tự động: nghi lộ mật khẩu");
  await admin.getByTestId("account-action-confirm").click();
  await poll(() => status(admin).getAttribute("data-status")).toBe("locked");
  expect(await status(admin).textContent()).toBe(
    "Bị khoá (Bị sử dụng sai mục đích, nghi bị lạm dụng — Kiểm thử tự động: nghi lộ mật khẩu)",
  );
  await poll(() => admin.getByTestId("account-notice").textContent()).toContain("Đã khoá tài khoản");
  expect(await admin.getByTestId("account-action-form").count()).toBe(0);
  // The account's history names the change in Vietnamese, with its reason.
  const lockEntry = admin.locator(
    '[data-testid="account-history-item"][data-action="POST /api/admin/officers/:id/lock"]',
  );
  await poll(() => lockEntry.count()).toBe(1);
  expect(await lockEntry.textContent()).toContain("Khoá tài khoản");
  expect(await lockEntry.textContent()).toContain("Nguyễn Quản Trị");

  // In another browser, the official is refused with the server's Vietnamese explanation.
  const official = await newPage(browser);
  await official.goto(`${baseUrl}/dang-nhap`);
  await signIn(official, TARGET);
  await poll(() => official.getByTestId("signin-error").textContent()).toContain("Tài khoản đã bị khoá");
  expect(new URL(official.url()).pathname).toBe("/dang-nhap");

  // Unlocked again, the official signs in.
  await admin.getByTestId("account-unlock").click();
  await admin.getByTestId("account-action-form").waitFor();
  await admin.getByTestId("account-action-confirm").click();
  await poll(() => status(admin).getAttribute("data-status")).toBe("active");
  expect(await admin.getByTestId("account-failed-logins").textContent()).toBe("0");
  // The refused sign-in is in the account's history too.
  const refused = admin.locator('[data-testid="account-history-item"][data-outcome="denied"]');
  await poll(() => refused.count()).toBeGreaterThan(0);

  await official.locator('input[name="password"]').fill(PASSWORD);
  await official.getByTestId("signin-form").locator('button[type="submit"]').click();
  await poll(() => official.getByTestId("officer-greeting").textContent()).toContain("Vũ Thị Hương");
  await official.getByTestId("signout-button").click();
  await poll(() => new URL(official.url()).pathname).toBe("/");

  await official.context().close();
  await admin.context().close();
});

it("the operator sees the accounts but cannot change them; a specialist is told it is not for them (ACC-4)", async () => {
  const operator = await newPage(browser);
  await operator.goto(`${baseUrl}/quan-tri/tai-khoan`);
  await signIn(operator, "vanhanh");
  await poll(() => operator.getByTestId("accounts-read-only").count()).toBe(1);
  expect(await operator.getByTestId("accounts-create").count()).toBe(0);
  await poll(() => operator.getByTestId("accounts-row").count()).toBeGreaterThan(1);
  await operator.getByTestId("accounts-row").first().getByTestId("accounts-open").click();
  await operator.getByTestId("account-title").waitFor();
  expect(await operator.getByTestId("account-lock").count()).toBe(0);
  await operator.context().close();

  const specialist = await newPage(browser);
  await specialist.goto(`${baseUrl}/quan-tri/tai-khoan`);
  await signIn(specialist, "tuphap.chuyenvien");
  await poll(() => specialist.getByTestId("accounts-forbidden").textContent()).toContain(
    "Không có quyền truy cập",
  );
  await specialist.context().close();
});

it("the account pages fit a 360 px screen without scrolling sideways", async () => {
  const page = await newPage(browser, 360);
  await page.goto(`${baseUrl}/quan-tri/tai-khoan`);
  await signIn(page, "admin");
  await poll(() => page.getByTestId("accounts-row").count()).toBeGreaterThan(1);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.getByTestId("accounts-row").first().getByTestId("accounts-open").click();
  await page.getByTestId("account-title").waitFor();
  expect(await fits()).toBe(true);
  await page.context().close();
});
