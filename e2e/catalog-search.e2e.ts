import type { Browser, Page } from "playwright-core";
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

/** Nothing sticks out sideways: the page is usable at this width. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

it("LKP-2: a citizen finds a procedure without accents, opens it and previews the due date (CAL-5..8)", async () => {
  const page = await newPage(browser);

  // From the portal's home, typed without diacritics.
  await page.goto(baseUrl);
  await page.getByTestId("home-search-input").fill("cap giay phep xay dung");
  await page.getByTestId("home-search-submit").click();
  await page.waitForURL(/\/thu-tuc\?q=cap\+giay\+phep\+xay\+dung/);

  const results = page.getByTestId("catalog-result");
  await results.first().waitFor();
  const names = await page.getByTestId("catalog-result-link").allTextContents();
  expect(names.length).toBeGreaterThan(0);
  // The best match first; every result has the words, whatever their accents.
  expect(names[0]).toMatch(/^Cấp giấy phép xây dựng/);
  expect(names.every((name) => name.includes("giấy phép"))).toBe(true);
  expect(await page.getByTestId("catalog-approximate").count()).toBe(0);
  const total = Number(await page.getByTestId("catalog-count").getAttribute("data-total"));
  expect(total).toBe(names.length);

  // A facet with its count narrows the search, and the address keeps it.
  const fullOnline = page.getByTestId("facet-serviceLevel-full_online").first();
  const facetText = (await page.getByTestId("facet-serviceLevel").first().textContent()) ?? "";
  const expected = Number(/Toàn trình\s*\((\d+)\)/.exec(facetText)?.[1]);
  expect(expected).toBeGreaterThan(0);
  await fullOnline.click();
  await page.waitForURL(/muc=toan-trinh/);
  await expect
    .poll(() => page.getByTestId("catalog-count").getAttribute("data-total"))
    .toBe(String(expected));
  await expect
    .poll(async () =>
      (await page.getByTestId("catalog-result-level").allTextContents()).every((t) => t === "Toàn trình"),
    )
    .toBe(true);
  await page.getByTestId("catalog-remove-serviceLevel").click();
  await expect.poll(() => page.getByTestId("catalog-count").getAttribute("data-total")).toBe(String(total));

  // Open "Cấp giấy phép xây dựng…".
  const target = page
    .getByTestId("catalog-result-link")
    .filter({ hasText: /^Cấp giấy phép xây dựng/ })
    .first();
  const name = (await target.textContent()) ?? "";
  expect(name).toMatch(/^Cấp giấy phép xây dựng/);
  await target.click();
  await page.getByTestId("procedure-page").waitFor();
  expect(await page.getByTestId("procedure-name").textContent()).toBe(name);
  const code = (await page.getByTestId("procedure-page").getAttribute("data-code")) ?? "";
  expect(code).toMatch(/^\d\.\d{6}$/);
  expect(await page.getByTestId("procedure-components").count()).toBe(1);
  expect(await page.getByTestId("procedure-agencies").locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

  // The due-date preview with the procedure's own time, for a chosen reception time and agency.
  const preview = page.getByTestId("due-preview");
  await preview.scrollIntoViewIfNeeded();
  await preview.getByTestId("due-preview-from").fill("2026-03-02T09:00");
  const agencyId = await preview.getByTestId("due-preview-agency").inputValue();
  const result = page.getByTestId("due-preview-result");
  await expect.poll(() => result.getAttribute("data-state")).toBe("ready");
  await expect.poll(async () => (await result.textContent())?.includes("02/03/2026")).toBe(true);
  const dueLocal = (await result.getAttribute("data-due-local")) ?? "";
  expect(dueLocal > "2026-03-02T09:00").toBe(true);

  // The same as the server computes for this procedure's time at this agency.
  const procedure = (await (await fetch(`${baseUrl}/api/catalog/procedures/${code}`)).json()) as {
    processingTime: { amount: number; unit: string };
    sameDayCutoff: string | null;
  };
  const query = new URLSearchParams({
    from: "2026-03-02T09:00:00+07:00",
    amount: String(procedure.processingTime.amount),
    unit: procedure.processingTime.unit,
    agencyId,
    ...(procedure.sameDayCutoff ? { sameDayCutoff: procedure.sameDayCutoff } : {}),
  });
  const server = (await (await fetch(`${baseUrl}/api/calendar/due-date?${query}`)).json()) as {
    dueLocal: string;
  };
  expect(dueLocal).toBe(server.dueLocal);
  const [date = "", time = ""] = dueLocal.split("T");
  const [y, m, d] = date.split("-");
  expect(await result.textContent()).toContain(`${time} `);
  expect(await result.textContent()).toContain(`${d}/${m}/${y}`);

  // The workflow in use is drawn.
  await page.getByTestId("procedure-workflow").scrollIntoViewIfNeeded();
  expect(await page.getByTestId("procedure-workflow").locator("svg").count()).toBeGreaterThan(0);
  await page.context().close();
});

it("LKP-2: the catalog and a procedure page fit a 360 px phone; a typo gets suggestions", async () => {
  const page = await newPage(browser, 360);
  await page.goto(`${baseUrl}/thu-tuc?q=khai+sinh`);
  await page.getByTestId("catalog-result").first().waitFor();
  expect(await fitsWidth(page)).toBe(true);
  // The filters fold away on a phone and open on demand.
  await page.getByTestId("catalog-filters-toggle").click();
  await page.getByTestId("facet-applicantType").last().waitFor({ state: "visible" });

  await page.getByTestId("catalog-result-link").first().click();
  await page.getByTestId("procedure-page").waitFor();
  await page.getByTestId("due-preview-result").waitFor();
  expect(await fitsWidth(page)).toBe(true);

  // "khia sinh": nothing has both words, the closest spellings are offered.
  await page.goto(`${baseUrl}/thu-tuc?q=khia+sinh`);
  await page.getByTestId("catalog-count").waitFor();
  const approximate = page.getByTestId("catalog-approximate");
  await approximate.waitFor();
  expect(await approximate.textContent()).toContain("Có phải bạn muốn tìm");
  await page.context().close();
});
