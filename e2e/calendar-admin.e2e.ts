import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const DAY = "2026-03-04";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await resetDayIfChanged();
});

/** Whatever happened above, the shared server's national calendar ends as it began. */
async function resetDayIfChanged() {
  const year = (await (await fetch(`${baseUrl}/api/calendar/years/2026`)).json()) as {
    days: { date: string; kind: string }[];
  };
  if (year.days.find((d) => d.date === DAY)?.kind === "weekday") return;
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "kstthc", password: "Motcua@2026" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  await fetch(`${baseUrl}/api/admin/calendar/days/${DAY}`, { method: "DELETE", headers: { cookie } });
}

/** The portal's preview for a reception on Monday 02/03/2026 09:00 and 3 working days. */
async function previewDue(page: Page): Promise<string> {
  await page.goto(baseUrl);
  const card = page.getByTestId("due-preview");
  await card.getByTestId("due-preview-from").fill("2026-03-02T09:00");
  await card.getByTestId("due-preview-amount").fill("3");
  await card.getByTestId("due-preview-unit").selectOption("working_days");
  const result = page.getByTestId("due-preview-result");
  await expect.poll(() => result.getAttribute("data-state")).toBe("ready");
  await expect.poll(async () => (await result.textContent())?.includes("02/03/2026")).toBe(true);
  return (await result.textContent()) ?? "";
}

async function openDay(page: Page) {
  await page.getByTestId(`calendar-day-${DAY}`).click();
  await page.getByTestId("calendar-day-modal").waitFor();
}

it("an administrator marks a day off and the portal's expected result date moves (CAL-4, CAL-7)", async () => {
  const page = await newPage(browser);

  const before = await previewDue(page);
  expect(before).toContain("Thứ Hai 02/03/2026");
  expect(before).toContain("09:00 Thứ Năm 05/03/2026");

  // Not signed in: the calendar page sends to the sign-in form, which comes back after signing in.
  await page.goto(`${baseUrl}/quan-tri/lich-lam-viec`);
  await page.locator('input[name="username"]').fill("kstthc");
  await page.locator('input[name="password"]').fill("Motcua@2026");
  await page.getByTestId("signin-form").locator('button[type="submit"]').click();
  await page.getByTestId("calendar-year-select").selectOption("2026");
  const year = page.getByTestId("calendar-year");
  await expect.poll(() => year.getAttribute("data-year")).toBe("2026");
  expect(await page.getByTestId("calendar-official").count()).toBe(1);

  const cell = page.getByTestId(`calendar-day-${DAY}`);
  expect(await cell.getAttribute("data-kind")).toBe("weekday");
  expect(await cell.getAttribute("data-working")).toBe("true");

  await openDay(page);
  await page.getByTestId("calendar-day-kind").selectOption("day_off");
  await page.getByTestId("calendar-day-name").fill("Nghỉ kiểm thử tự động");
  await page.getByTestId("calendar-day-save").click();
  await expect.poll(() => cell.getAttribute("data-kind")).toBe("day_off");
  expect(await cell.getAttribute("data-working")).toBe("false");
  expect(await cell.getAttribute("title")).toBe("Nghỉ kiểm thử tự động");
  expect(await page.getByTestId("calendar-day-modal").count()).toBe(0);
  await expect
    .poll(() => page.getByTestId("calendar-history-item").first().textContent())
    .toContain("Nghỉ kiểm thử tự động");

  const after = await previewDue(page);
  expect(after).toContain("09:00 Thứ Sáu 06/03/2026");

  // Clean up through the page too: back to the default, and the preview with it.
  await page.goto(`${baseUrl}/quan-tri/lich-lam-viec?nam=2026`);
  await openDay(page);
  await page.getByTestId("calendar-day-reset").click();
  await expect.poll(() => page.getByTestId(`calendar-day-${DAY}`).getAttribute("data-kind")).toBe("weekday");
  expect(await previewDue(page)).toContain("09:00 Thứ Năm 05/03/2026");
  await page.context().close();
});
