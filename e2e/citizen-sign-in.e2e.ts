import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("ACC-3: a citizen signs in with the e-ID simulator (real OpenID Connect flow) and lands where they asked", async () => {
  const page = await newPage(browser, 390);
  // Started on 127.0.0.1; the sign-in moves to PUBLIC_URL (http://localhost:PORT by default).
  await page.goto(`${baseUrl}/api/citizen/auth/start?returnTo=/api/citizen/me`);

  await expect
    .poll(() => page.locator("h1").textContent())
    .toBe("Đăng nhập bằng tài khoản định danh điện tử VNeID (môi trường thử nghiệm)");
  expect(await page.locator("html").getAttribute("lang")).toBe("vi");
  expect(new URL(page.url()).pathname).toMatch(/^\/eid\/interaction\//);

  // A wrong password keeps the citizen on the login page with the reason in Vietnamese.
  await page.getByLabel("Số định danh cá nhân").fill("038085012345");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect
    .poll(() => page.getByRole("alert").textContent())
    .toBe("Số định danh cá nhân hoặc mật khẩu không đúng.");

  await page.getByLabel("Mật khẩu").fill("Vneid@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();

  await expect.poll(() => page.locator("h1").textContent()).toBe("Cho phép chia sẻ thông tin");
  expect(await page.locator("main").textContent()).toContain("Nguyễn Văn An");
  await page.getByRole("button", { name: "Đồng ý" }).click();

  await page.waitForURL((url) => url.pathname === "/api/citizen/me");
  const body = await page.locator("body").textContent();
  expect(body).toContain("Nguyễn Văn An");
  expect(JSON.parse(body ?? "{}").citizen).toMatchObject({
    fullName: "Nguyễn Văn An",
    identityNumber: "038085012345",
    identityLevel: 2,
    kind: "individual",
  });
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "motcua_citizen");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  // Leave no session open behind.
  const origin = new URL(page.url()).origin;
  expect((await page.request.post(`${origin}/api/citizen/auth/logout`)).status()).toBe(204);
  await page.context().close();
});

it("ACC-3, SEC-5, REC-5: from the portal, a citizen signs in with VNeID, sees their identity data, gives and withdraws a consent, and signs out", async () => {
  const page = await newPage(browser);
  await page.goto(baseUrl);
  const h1 = page.locator("h1");
  const headerSignIn = page.getByRole("link", { name: "Đăng nhập bằng VNeID" });

  // The portal explains the e-ID sign-in before leaving for VNeID.
  await headerSignIn.click();
  await expect.poll(() => h1.textContent()).toBe("Đăng nhập bằng tài khoản định danh điện tử VNeID");
  expect(new URL(page.url()).pathname).toBe("/dang-nhap-cong-dan");
  const explanation = await page.getByTestId("citizen-signin-page").textContent();
  expect(explanation).toContain("mức 1 và mức 2");
  expect(explanation).toContain("người đại diện");
  await page.getByRole("link", { name: "Tiếp tục với VNeID" }).click();

  // The simulator's own page, in Vietnamese; a wrong password first.
  await expect
    .poll(() => h1.textContent())
    .toBe("Đăng nhập bằng tài khoản định danh điện tử VNeID (môi trường thử nghiệm)");
  await page.getByLabel("Số định danh cá nhân").fill("038085012345");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect
    .poll(() => page.getByRole("alert").textContent())
    .toBe("Số định danh cá nhân hoặc mật khẩu không đúng.");
  await page.getByLabel("Mật khẩu").fill("Vneid@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect.poll(() => h1.textContent()).toBe("Cho phép chia sẻ thông tin");
  await page.getByRole("button", { name: "Đồng ý" }).click();

  // Back on the portal, on the citizen's own page.
  await page.waitForURL((url) => url.pathname === "/ca-nhan");
  const origin = new URL(page.url()).origin;
  await expect.poll(() => page.getByTestId("citizen-name").textContent()).toBe("Nguyễn Văn An");
  expect(await page.getByTestId("header-citizen-name").textContent()).toBe("Nguyễn Văn An");
  expect(await headerSignIn.count()).toBe(0);
  const level = page.getByTestId("citizen-level");
  expect(await level.getAttribute("data-level")).toBe("2");
  expect(await level.textContent()).toBe("Định danh điện tử mức 2");
  expect(await page.getByTestId("citizen-level-explanation").textContent()).toContain(
    "thông tin định danh được coi là giấy tờ đã xuất trình",
  );
  // The ID number is masked but for its last 4 digits until the citizen asks to see it.
  const idNumber = page.getByTestId("citizen-identity-number");
  expect(await idNumber.textContent()).toBe("••••••••2345");
  await page.getByTestId("citizen-identity-toggle").click();
  expect(await idNumber.textContent()).toBe("038085012345");
  expect(await page.getByTestId("citizen-birth-date").textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(await page.getByTestId("citizen-organization").count()).toBe(0);

  // SEC-5 / REC-5: the pre-filling consent, with its text and version, given then withdrawn.
  const card = page.getByTestId("consent-prefill_forms");
  const consentSwitch = card.getByRole("switch");
  await expect.poll(() => card.getAttribute("data-granted")).toMatch(/^(true|false)$/);
  expect(await page.getByTestId("consent-prefill_forms-text").textContent()).toContain("điền sẵn");
  expect(await page.getByTestId("consent-prefill_forms-version").textContent()).toMatch(
    /^Phiên bản nội dung: /,
  );
  if ((await card.getAttribute("data-granted")) === "true") {
    await consentSwitch.click();
    await expect.poll(() => card.getAttribute("data-granted")).toBe("false");
  }
  const historyItems = page.getByTestId("consent-history-item");
  const before = await historyItems.count();

  await consentSwitch.click();
  await expect.poll(() => card.getAttribute("data-granted")).toBe("true");
  expect(await consentSwitch.isChecked()).toBe(true);
  expect(await page.getByTestId("consent-prefill_forms-badge").textContent()).toBe("Đang đồng ý");
  expect(await page.getByTestId("consent-prefill_forms-notice").textContent()).toBe(
    "Đã ghi nhận sự đồng ý: Điền sẵn biểu mẫu.",
  );

  await consentSwitch.click();
  await expect.poll(() => card.getAttribute("data-granted")).toBe("false");
  expect(await consentSwitch.isChecked()).toBe(false);
  expect(await page.getByTestId("consent-prefill_forms-badge").textContent()).toBe("Chưa đồng ý");
  expect(await page.getByTestId("consent-prefill_forms-notice").textContent()).toBe(
    "Đã rút lại sự đồng ý: Điền sẵn biểu mẫu.",
  );
  // Both changes are in the history, newest first.
  await expect.poll(() => historyItems.count()).toBe(before + 2);
  const latest = await Promise.all(
    [0, 1].map(async (i) => ({
      kind: await historyItems.nth(i).getAttribute("data-kind"),
      purpose: await historyItems.nth(i).getAttribute("data-purpose"),
    })),
  );
  expect(latest).toEqual([
    { kind: "withdrawn", purpose: "prefill_forms" },
    { kind: "granted", purpose: "prefill_forms" },
  ]);
  expect(await historyItems.nth(0).textContent()).toContain("Rút lại");

  // The page fits a 360 px screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Signing out from the header menu closes the session and brings back the sign-in button.
  await page.getByTestId("header-citizen-menu").click();
  await page.getByRole("menuitem", { name: "Đăng xuất" }).click();
  await expect.poll(() => headerSignIn.count()).toBe(1);
  expect(new URL(page.url()).pathname).toBe("/");
  expect(await page.getByTestId("header-citizen-menu").count()).toBe(0);
  expect((await page.request.get(`${origin}/api/citizen/me`)).status()).toBe(401);
  await page.context().close();
});
