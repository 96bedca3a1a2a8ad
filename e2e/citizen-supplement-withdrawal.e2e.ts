import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { axeProblems, formatAxeProblems } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { officerCall, officerCookie } from "./support/officers.ts";
import {
  ONLINE_ONE_STOP,
  officerCommand,
  requestOnlineSupplement,
  SAMPLE_PDF,
  signInCitizen,
  submitOnlineAsCitizen,
} from "./support/online-dossiers.ts";

const baseUrl = inject("baseUrl");
/** Nguyễn Văn An, a level-2 demo e-ID account. Others' journeys may have given him dossiers already. */
const CITIZEN = { idNumber: "038085012345", name: "Nguyễn Văn An" };
/** The site header's brand link is checked by the portal's own accessibility test, not here. */
const HEADER = [".mc-brand"];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const statusOf = (page: Page) => page.getByTestId("my-dossier-status").getAttribute("data-status");

it("REC-8: at 360 px the citizen answers the one-stop's request for a supplement on “Hồ sơ của tôi” with a PDF; the dossier is back awaiting acceptance", async () => {
  const page = await newPage(browser, 360);
  const site = await signInCitizen(page, baseUrl, CITIZEN.idNumber);
  const submitted = await submitOnlineAsCitizen(page, CITIZEN, "Hộ kinh doanh Bún bò Hạc Thành");
  const items = ["Giấy đề nghị có chữ ký của chủ hộ", "Bản sao hợp đồng thuê địa điểm"];
  const asked = await requestOnlineSupplement(baseUrl, submitted, "Giấy đề nghị chưa có chữ ký.", items);
  expect(asked.status).toBe("awaiting_online_supplement");

  await page.goto(`${site}/cong-dan/ho-so/${submitted.id}`);
  const form = page.getByTestId("my-dossier-supplement-form");
  await form.waitFor();
  expect(await statusOf(page)).toBe("awaiting_online_supplement");
  expect(await form.getByRole("heading", { name: "Bổ sung hồ sơ" }).count()).toBe(1);
  expect(await page.getByTestId("supplement-reason").textContent()).toBe("Giấy đề nghị chưa có chữ ký.");
  expect(await form.getByTestId("supplement-item").count()).toBe(2);
  expect(await noSidewaysScroll(page)).toBe(true);

  // Sent empty: both problems named at their fields.
  await page.getByTestId("supplement-send").click();
  expect(await form.textContent()).toContain("Chọn hoặc ghi ít nhất một giấy tờ bổ sung.");
  expect(await form.textContent()).toContain("Tải lên ít nhất một tệp giấy tờ bổ sung.");
  expect(await page.getByTestId("supplement-upload").getAttribute("aria-invalid")).toBe("true");
  expect(formatAxeProblems(await axeProblems(page, { exclude: HEADER }))).toBe("");

  // The first item ticked, a PDF uploaded, a note.
  await form.getByLabel(items[0] ?? "").check();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("supplement-upload").click(),
  ]);
  await chooser.setFiles({ name: "giay-de-nghi-da-ky.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await form.getByTestId("supplement-file").waitFor();
  expect(await form.getByTestId("supplement-file").textContent()).toContain("giay-de-nghi-da-ky.pdf");
  await form.getByLabel("Ghi chú cho cơ quan (không bắt buộc)").fill("Đã ký lại giấy đề nghị.");
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByTestId("supplement-send").click();

  // Sent: said so, the view reloaded, the request answered, the form gone.
  await page.getByTestId("my-dossier-notice").waitFor();
  expect(await page.getByTestId("my-dossier-notice").textContent()).toContain("Đã gửi hồ sơ bổ sung");
  await expect.poll(() => statusOf(page)).toBe("awaiting_acceptance");
  expect(await page.getByTestId("my-dossier-supplement-form").count()).toBe(0);
  expect(await page.getByTestId("my-dossier-supplement").textContent()).toContain("Đã bổ sung lúc");

  // The one-stop sees it back to accept, with the supplement's file attached.
  const oneStop = await officerCookie(baseUrl, ONLINE_ONE_STOP);
  const view = await officerCall<{
    status: string;
    attachments: { purpose: string; file: { name: string | null } | null }[];
  }>(baseUrl, oneStop, `/api/dossiers/${submitted.id}`);
  expect(view.body.status).toBe("awaiting_acceptance");
  expect(view.body.attachments).toContainEqual(
    expect.objectContaining({
      purpose: "supplement",
      file: expect.objectContaining({ name: "giay-de-nghi-da-ky.pdf" }),
    }),
  );
  const inbox = await officerCall<{ items: { id: string }[] }>(
    baseUrl,
    oneStop,
    `/api/inbox?box=to_receive&q=${encodeURIComponent(submitted.code)}`,
  );
  expect(inbox.body.items.map((item) => item.id)).toContain(submitted.id);
  await page.context().close();
});

it("WDR-1, WDR-2: the citizen asks to withdraw another dossier with a reason; the one-stop forwards it and the page says so", async () => {
  const page = await newPage(browser, 360);
  const site = await signInCitizen(page, baseUrl, CITIZEN.idNumber);
  const submitted = await submitOnlineAsCitizen(page, CITIZEN, "Hộ kinh doanh Chè Hạc Thành");
  const accepted = await officerCommand(baseUrl, ONLINE_ONE_STOP, submitted, "accept-online");
  expect(accepted.status).toBe("received");

  await page.goto(`${site}/cong-dan/ho-so/${submitted.id}`);
  const section = page.getByTestId("my-dossier-withdrawal");
  await section.waitFor();
  await page.getByTestId("withdrawal-open").click();
  const modal = page.getByRole("dialog");
  await modal.waitFor();
  expect(await page.getByTestId("withdrawal-consequences").textContent()).toContain(
    "hồ sơ sẽ dừng giải quyết",
  );

  // The reason is required, and the error is the field's.
  await page.getByTestId("withdrawal-confirm").click();
  const reason = modal.getByLabel("Lý do rút hồ sơ");
  await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
  expect(await modal.textContent()).toContain("Nhập lý do rút hồ sơ.");
  expect(formatAxeProblems(await axeProblems(page, { exclude: HEADER }))).toBe("");
  await reason.fill("Tôi đổi địa điểm kinh doanh, sẽ nộp hồ sơ mới.");
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByTestId("withdrawal-confirm").click();

  await page.getByTestId("my-dossier-notice").waitFor();
  await expect.poll(() => statusOf(page)).toBe("withdrawal_requested");
  expect(await page.getByRole("dialog").count()).toBe(0);
  const item = section.getByTestId("withdrawal-item");
  expect(await item.getAttribute("data-outcome")).toBe("pending");
  expect(await item.textContent()).toContain("Tôi đổi địa điểm kinh doanh");
  expect(await item.textContent()).toContain("trực tuyến");
  expect(await page.getByTestId("withdrawal-open").count()).toBe(0);

  // WDR-2: the one-stop forwards it; the citizen's page shows where it stands.
  const oneStop = await officerCookie(baseUrl, ONLINE_ONE_STOP);
  const current = await officerCall<{ version: number; allowedCommands: { command: string }[] }>(
    baseUrl,
    oneStop,
    `/api/dossiers/${submitted.id}`,
  );
  expect(current.body.allowedCommands.map((c) => c.command)).toContain("forward_withdrawal");
  await officerCommand(
    baseUrl,
    ONLINE_ONE_STOP,
    { id: submitted.id, version: current.body.version },
    "forward-withdrawal",
  );
  await page.reload();
  await expect
    .poll(() => section.getByTestId("withdrawal-item").getAttribute("data-outcome"))
    .toBe("forwarded");
  await page.context().close();
});
