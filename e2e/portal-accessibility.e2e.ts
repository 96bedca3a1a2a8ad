import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeProblems, formatAxeProblems } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { signInWithEid } from "./support/citizens.ts";
import { type DossierSummary, dossierInProcessing } from "./support/dossiers.ts";

const baseUrl = inject("baseUrl");
/** Lê Thị Bình, a level-2 demo e-ID account: dossiers received under her ID number are hers. */
const CITIZEN = { idNumber: "038192004567", name: "Lê Thị Bình" };
const PROCEDURE = "1.001612";

interface PortalPage {
  name: string;
  path: (dossier: DossierSummary) => string;
  /** A test id shown once the page has its data (else: the page's `h1`). */
  ready?: string;
  /** Visited signed in as the citizen. */
  citizen?: true;
}

/** Every page of the citizens' portal, one line each: add a page here and it is checked at both widths. */
const PAGES: readonly PortalPage[] = [
  { name: "trang chủ", path: () => "/", ready: "home-title" },
  { name: "danh mục thủ tục", path: () => "/thu-tuc", ready: "catalog-result-link" },
  { name: "tìm thủ tục", path: () => "/thu-tuc?q=ho%20kinh%20doanh", ready: "catalog-result-link" },
  { name: "thủ tục", path: () => `/thu-tuc/${PROCEDURE}`, ready: "procedure-page" },
  { name: "tra cứu (trống)", path: () => "/tra-cuu", ready: "lookup-page" },
  { name: "tra cứu (có kết quả)", path: (d) => `/tra-cuu?ma=${d.code}`, ready: "lookup-result" },
  { name: "tra cứu tại quầy", path: () => "/tra-cuu/kiosk", ready: "kiosk-keypad" },
  { name: "thống kê", path: () => "/thong-ke", ready: "statistics-page" },
  { name: "phản ánh, kiến nghị", path: () => "/phan-anh-kien-nghi", ready: "feedback-page" },
  { name: "đăng nhập công dân", path: () => "/dang-nhap-cong-dan", ready: "citizen-signin-page" },
  { name: "trang không có", path: () => "/khong-co-trang-nay" },
  {
    name: "nộp trực tuyến",
    path: () => `/thu-tuc/${PROCEDURE}/nop-truc-tuyen`,
    ready: "online-form-page",
    citizen: true,
  },
  { name: "cá nhân", path: () => "/ca-nhan", ready: "citizen-profile", citizen: true },
  { name: "kho dữ liệu", path: () => "/cong-dan/kho-du-lieu", ready: "data-store-page", citizen: true },
  { name: "hồ sơ của tôi", path: () => "/cong-dan/ho-so", ready: "my-dossier-row", citizen: true },
  {
    name: "hồ sơ của tôi (chi tiết)",
    path: (d) => `/cong-dan/ho-so/${d.id}`,
    ready: "my-dossier-summary",
    citizen: true,
  },
];

let browser: Browser;
let dossier: DossierSummary;

beforeAll(async () => {
  browser = await launchBrowser();
  dossier = await dossierInProcessing(baseUrl, CITIZEN.name, CITIZEN.idNumber);
});
afterAll(async () => {
  await browser?.close();
});

async function settle(page: Page, entry: PortalPage): Promise<void> {
  await (entry.ready ? page.getByTestId(entry.ready).first() : page.locator("main h1").first()).waitFor();
  // Let late data and transitions (Mantine's fades) finish before colours are measured.
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap-cong-dan`);
  await signInWithEid(page, CITIZEN.idNumber);
  await page.waitForURL((url) => url.pathname === "/ca-nhan" || url.pathname === "/");
}

describe.each([
  { width: 360, label: "360 px" },
  { width: 1280, label: "desktop" },
])("axe-core, WCAG 2.1 A/AA, $label", ({ width }) => {
  let visitor: Page;
  let citizen: Page | null = null;
  /** Where the e-ID sign-in lands (its callback may use another host name for the same server). */
  let citizenOrigin = baseUrl;
  beforeAll(async () => {
    visitor = await newPage(browser, width);
  });
  afterAll(async () => {
    await visitor?.context().close();
    await citizen?.context().close();
  });

  it.each(PAGES)("LKP-1, CODE-3: no serious or critical violation on $name", async (entry) => {
    let page = visitor;
    if (entry.citizen) {
      if (!citizen) {
        citizen = await newPage(browser, width);
        await signIn(citizen);
        citizenOrigin = new URL(citizen.url()).origin;
      }
      page = citizen;
    }
    const path = entry.path(dossier);
    await page.goto(`${entry.citizen ? citizenOrigin : baseUrl}${path}`);
    await settle(page, entry);
    const problems = await axeProblems(page);
    expect(problems, `${entry.name} (${path}) at ${width} px:\n${formatAxeProblems(problems)}`).toEqual([]);
  });
});
