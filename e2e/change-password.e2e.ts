import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
/** Waits for what the page shows after a round trip to the server; generous, for a loaded machine. */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });
const PASSWORD = "Motcua@2026";
const TEMPORARY = "Tam-thoi#2026x";
const OFFICIAL = "samson.motcua";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await restorePassword();
});

async function login(
  username: string,
  password: string,
): Promise<{ cookie: string; mustChange: boolean } | null> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) return null;
  const { officer } = (await response.json()) as { officer: { mustChangePassword: boolean } };
  return {
    cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
    mustChange: officer.mustChangePassword,
  };
}

async function resetToTemporary(): Promise<void> {
  const admin = await login("admin", PASSWORD);
  if (!admin) throw new Error("admin cannot sign in");
  const list = (await (
    await fetch(`${baseUrl}/api/admin/officers?q=${OFFICIAL}`, { headers: { cookie: admin.cookie } })
  ).json()) as { officers: { id: string; username: string }[] };
  const officer = list.officers.find((o) => o.username === OFFICIAL);
  if (!officer) throw new Error(`${OFFICIAL} not found`);
  const reset = await fetch(`${baseUrl}/api/admin/officers/${officer.id}/password-reset`, {
    method: "POST",
    headers: { cookie: admin.cookie, "content-type": "application/json" },
    body: JSON.stringify({ temporaryPassword: TEMPORARY }),
  });
  expect(reset.status).toBe(204);
}

/** Whatever happened above, the demo officer ends with the demo password and nothing to change. */
async function restorePassword() {
  const current = await login(OFFICIAL, PASSWORD);
  if (current && !current.mustChange) return;
  if (!current) await resetToTemporary();
  const session = current ?? (await login(OFFICIAL, TEMPORARY));
  if (!session) throw new Error(`${OFFICIAL} cannot sign in to restore the password`);
  await fetch(`${baseUrl}/api/auth/password`, {
    method: "POST",
    headers: { cookie: session.cookie, "content-type": "application/json" },
    body: JSON.stringify({ currentPassword: current ? PASSWORD : TEMPORARY, newPassword: PASSWORD }),
  });
}

const path = (page: Page) => new URL(page.url()).pathname;

it("after a reset, the official must choose a new password before anything else, then may sign out everywhere (ACC-1)", async () => {
  await resetToTemporary();
  const page = await newPage(browser);

  await page.goto(`${baseUrl}/can-bo`);
  await page.locator('input[name="username"]').fill(OFFICIAL);
  await page.locator('input[name="password"]').fill(TEMPORARY);
  await page.getByTestId("signin-form").locator('button[type="submit"]').click();
  await poll(() => path(page)).toBe("/can-bo/doi-mat-khau");
  await page.getByTestId("password-forced").waitFor();

  // Any other officer page brings the official back here.
  await page.goto(`${baseUrl}/can-bo`);
  await poll(() => path(page)).toBe("/can-bo/doi-mat-khau");

  // The policy ticks itself while typing; a weak password is refused before it is sent.
  await page.getByTestId("password-current").fill(TEMPORARY);
  await page.getByTestId("password-new").fill("ngan");
  expect(await page.locator('[data-rule="length"]').getAttribute("data-met")).toBe("false");
  await page.getByTestId("password-submit").click();
  await poll(() => page.getByTestId("password-form").textContent()).toContain(
    "Mật khẩu mới chưa đáp ứng các yêu cầu",
  );

  // The server's own refusal is shown next to the field it concerns.
  await page.getByTestId("password-current").fill("Sai-mat-khau#1");
  await page.getByTestId("password-new").fill(PASSWORD);
  expect(await page.locator('[data-rule="length"]').getAttribute("data-met")).toBe("true");
  await page.getByTestId("password-confirm").fill(PASSWORD);
  await page.getByTestId("password-submit").click();
  await poll(() => page.getByTestId("password-form").textContent()).toContain(
    "Mật khẩu hiện tại không đúng.",
  );

  await page.getByTestId("password-current").fill(TEMPORARY);
  await page.getByTestId("password-submit").click();
  await poll(() => path(page)).toBe("/can-bo");
  await poll(() => page.getByTestId("officer-notice").textContent()).toContain("Đã đổi mật khẩu");
  expect(await page.getByTestId("officer-greeting").textContent()).toContain("Nguyễn Thị Hoa");

  // Signing out everywhere asks first, then ends this session too.
  await page.getByTestId("signout-everywhere-button").click();
  await page.getByTestId("signout-everywhere-confirm").click();
  await poll(() => path(page)).toBe("/dang-nhap");
  await poll(() => page.getByTestId("signin-notice").textContent()).toContain(
    "Đã đăng xuất khỏi mọi thiết bị",
  );
  expect(await (await page.request.get(`${baseUrl}/api/auth/me`)).status()).toBe(401);
  await page.context().close();

  const after = await login(OFFICIAL, PASSWORD);
  expect(after?.mustChange).toBe(false);
});
