import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DOSSIER_COMMANDS, type DossierCommandType } from "../src/contracts/dossiers.ts";
import { decodeQrOnPage, flat, readPdf } from "../src/server/modules/documents/pdf-test-support.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { setServerClock } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
const clockFile = inject("clockFile");
/**
 * 1.003198 at Sở Tư pháp: received and returned by the provincial public-service centre's one-stop
 * (tthcc.motcua), checked by a specialist and the head of Phòng Hành chính tư pháp, approved by
 * the director: the demo workflow in force. No e-form, and a paper only shown (the ID card).
 */
const PROCEDURE = "1.003198";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
let browser: Browser;

beforeAll(async () => {
  // The server's clock at the real time: the journey's steps follow each other within minutes.
  await setServerClock(clockFile, 0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser (its own cookies) signed in as a demo officer, on `path`. */
async function officerPage(username: string, path: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}${path}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill("Motcua@2026");
  await page.getByTestId("signin-form").locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

async function chooseFile(page: Page, trigger: Locator, name: string) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), trigger.click()]);
  await chooser.setFiles({ name, mimeType: "application/pdf", buffer: PDF });
}

/**
 * Clicks the command's button (labelled as in DOSSIER_COMMANDS), fills its form and sends it: the
 * form closes once the server has accepted the command (a refusal keeps it open with the reason).
 */
async function act(page: Page, command: DossierCommandType, fill?: (form: Locator) => Promise<void>) {
  const button = page.getByTestId(`command-${command}`);
  expect((await button.textContent())?.trim()).toBe(DOSSIER_COMMANDS[command].label);
  await button.click();
  const form = page.getByTestId("command-form");
  await form.waitFor();
  await fill?.(form);
  await page.getByTestId("command-submit").click();
  await form.waitFor({ state: "detached", timeout: 15_000 });
}

/** The dossier page as it stands now, for its status. */
async function statusOn(page: Page): Promise<string | null> {
  await page.reload();
  return page.getByTestId("dossier-page").getAttribute("data-status");
}

/** The procedure, searched by its code; its only agency is chosen by itself. Its three papers. */
async function chooseProcedure(counter: Page): Promise<Locator> {
  await counter.getByTestId("reception-procedure").fill(PROCEDURE);
  await counter.getByRole("option", { name: new RegExp(`^${PROCEDURE.replaceAll(".", "\\.")} — `) }).click();
  const components = counter.getByTestId("reception-component");
  await expect.poll(() => components.count()).toBe(3);
  return components;
}

/** The reception form with procedure 1.003198 chosen, the applicant named and every paper handed in. */
async function receptionOf(applicantName: string): Promise<Page> {
  const counter = await officerPage("tthcc.motcua", "/can-bo/tiep-nhan");
  await counter.getByTestId("reception-form").waitFor();
  const components = await chooseProcedure(counter);
  await counter.getByTestId("reception-applicant-name").fill(applicantName);
  await components.nth(2).getByTestId("reception-component-presented").check();
  return counter;
}

/** `YYYY-MM-DDTHH:MM` in Vietnam time, `days` before today at `hour`. */
function vietnamWallClock(days: number, hour: number): string {
  const day = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:15`;
}

it("SEC-4 / REC-6: a dossier received on paper during an outage is entered afterwards with its real time", async () => {
  const counter = await receptionOf("Lê Văn Cường");
  const real = vietnamWallClock(2, 9);
  await counter.getByTestId("reception-late-entry-toggle").check();

  // A time in the future is refused with the reason, and nothing is received.
  await counter.getByTestId("reception-late-entry-received-at").fill(vietnamWallClock(-1, 9));
  await counter.getByTestId("reception-late-entry-outage").check();
  await counter.getByTestId("reception-submit").click();
  const error = counter.getByTestId("reception-error");
  await error.waitFor();
  expect(await error.textContent()).toContain("không được sau thời điểm nhập");

  // The real time two days ago: the code carries that date; the reception shows that time.
  await counter.getByTestId("reception-late-entry-received-at").fill(real);
  await counter.getByTestId("reception-submit").click();
  await counter.getByTestId("reception-done").waitFor();
  const code = (await counter.getByTestId("reception-code").textContent())?.trim() ?? "";
  const yymmdd = real.slice(2, 10).replaceAll("-", "");
  expect(code).toMatch(new RegExp(`^000\\.00\\.06\\.H56-${yymmdd}-\\d{4,}$`));
  const [date = "", time = ""] = real.split("T");
  const receivedAt = (await counter.getByTestId("reception-received-at").textContent()) ?? "";
  expect(receivedAt).toContain(time);
  expect(receivedAt).toContain(date.split("-").reverse().join("/"));

  // The dossier's history names the late entry and its real time.
  await counter.getByTestId("reception-open-dossier").click();
  await counter.getByTestId("dossier-page").waitFor();
  const reception = (await counter.getByTestId("timeline-entry").allTextContents()).at(-1) ?? "";
  expect(reception).toContain("Nhập bù hồ sơ tiếp nhận trên giấy khi hệ thống gián đoạn");
  await counter.context().close();
}, 120_000);

it("REC-2 (b): an incomplete dossier's print button opens the server's Mẫu 02 PDF; no dossier", async () => {
  const counter = await receptionOf("Phạm Thị Dung");
  await counter.getByTestId("reception-outcome-incomplete").check();
  await counter.getByTestId("reception-reason").fill("Thiếu tờ khai có chữ ký của người yêu cầu.");
  await counter.getByTestId("reception-missing-items").fill("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
  await counter.getByTestId("reception-submit").click();
  await counter.getByTestId("reception-slip").waitFor();
  const print = counter.getByTestId("reception-slip-print");
  expect(await print.textContent()).toBe("In phiếu yêu cầu bổ sung (Mẫu 02)");
  const [tab] = await Promise.all([counter.context().waitForEvent("page"), print.click()]);
  await expect.poll(() => tab.url()).toMatch(/^blob:/);
  await counter.context().close();
}, 120_000);

it("REC-2, CODE-3, PRC-2, RES-4: a walk-in dossier received at the counter, printed, looked up, processed and returned", async () => {
  // The one-stop officer opens the reception from the home page.
  const counter = await officerPage("tthcc.motcua", "/can-bo");
  await counter.getByTestId("officer-reception-link").click();
  await counter.getByTestId("reception-form").waitFor();

  const components = await chooseProcedure(counter);
  expect(await counter.getByTestId("reception-agency").inputValue()).toContain("Sở Tư pháp");

  // The applicant, the papers (counts as the catalog expects, a scan, the ID card shown), the choices.
  await counter.getByTestId("reception-applicant-name").fill("Nguyễn Văn An");
  await counter.getByTestId("reception-applicant-idNumber").fill("038085012345");
  await counter.getByTestId("reception-applicant-phone").fill("0912345678");
  await counter.getByTestId("reception-applicant-address").fill("Số 12 phố Trần Phú, phường Hạc Thành");
  await chooseFile(counter, components.nth(0).getByTestId("reception-scan"), "don-de-nghi.pdf");
  await components.nth(0).getByTestId("reception-scan-name").waitFor();
  await components.nth(2).getByTestId("reception-component-presented").check();
  await counter.getByTestId("reception-delivery-counter").check();
  await counter.getByTestId("reception-outcome-complete").check();
  await counter.getByTestId("reception-submit").click();

  // Received: the code, the appointment in Vietnamese, Mẫu 01 to print, the dossier page.
  const done = counter.getByTestId("reception-done");
  await done.waitFor();
  expect(await done.getAttribute("data-status")).toBe("received");
  expect(await done.getByRole("status").allTextContents()).toEqual(["Đã tiếp nhận hồ sơ"]); // said once
  const code = (await counter.getByTestId("reception-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^000\.00\.06\.H56-\d{6}-\d{4,}$/);
  expect(await counter.getByTestId("reception-appointment").textContent()).toMatch(
    /^\d{2}:\d{2} (Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật) \d{2}\/\d{2}\/\d{4}$/,
  );
  const print = counter.getByTestId("reception-print");
  expect(await print.textContent()).toBe("In giấy tiếp nhận (Mẫu 01)");
  expect(await print.getAttribute("target")).toBe("_blank");
  const href = (await print.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/api\/dossiers\/[0-9a-f-]{36}\/forms\/mau-01$/);

  // Mẫu 01, fetched in the officer's session: a PDF with the code and a QR to the public lookup.
  const receipt = await counter.context().request.get(`${baseUrl}${href}`);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  const read = await readPdf(await receipt.body());
  expect(flat(read)).toContain(code);
  expect(flat(read)).toContain("(bản chính đã xuất trình để đối chiếu và trả lại)"); // the ID card (REC-2)
  const qr = (await decodeQrOnPage(read)) ?? "";
  expect(qr.endsWith(`/tra-cuu?ma=${code}`)).toBe(true);

  // Anyone (no session) opening the QR's address sees the dossier, masked.
  const visitor = await newPage(browser);
  const lookupUrl = new URL(qr);
  await visitor.goto(`${baseUrl}${lookupUrl.pathname}${lookupUrl.search}`);
  const lookup = visitor.getByTestId("lookup-result");
  await lookup.waitFor();
  expect(await lookup.getAttribute("data-status")).toBe("received");
  expect(await visitor.getByTestId("lookup-status").textContent()).toBe("Đã tiếp nhận");
  expect(await visitor.getByTestId("lookup-procedure").textContent()).toContain(PROCEDURE);
  expect(await visitor.getByTestId("lookup-applicant").textContent()).toBe("Nguyễn V*** A*");
  expect(await visitor.getByTestId("lookup-timeliness").textContent()).toBe("Đang trong hạn");
  await visitor.goto(`${baseUrl}/tra-cuu?ma=000.00.06.H56-990101-9999`);
  expect(await visitor.getByTestId("lookup-not-found").getAttribute("data-missing")).toBe("true");
  await visitor.context().close();

  // The one-stop hands it over from the dossier page.
  await counter.getByTestId("reception-open-dossier").click();
  await counter.getByTestId("dossier-page").waitFor();
  const dossierPath = new URL(counter.url()).pathname;
  expect(await counter.getByTestId("dossier-code").textContent()).toContain(code);
  expect(await counter.getByTestId("dossier-component-shown").allTextContents()).toEqual([
    "Bản chính đã xuất trình để đối chiếu, đã trả lại",
  ]);
  await act(counter, "hand_over");
  expect(await statusOn(counter)).toBe("in_processing");

  // The specialist checks it and hands it on; the head of unit submits it; the director approves.
  const specialist = await officerPage("tuphap.chuyenvien", dossierPath);
  await act(specialist, "hand_over");
  await specialist.context().close();
  const head = await officerPage("tuphap.truongphong", dossierPath);
  await act(head, "submit_for_approval");
  const director = await officerPage("tuphap.giamdoc", dossierPath);
  await act(director, "approve", (form) => form.getByTestId("command-field-note").fill("Đồng ý"));
  expect(await statusOn(director)).toBe("approved");
  await director.context().close();

  // The unit uploads the signed result and sends it to the one-stop.
  await head.reload();
  await act(head, "upload_result", async (form) => {
    await form.getByTestId("command-field-documentNumber").fill("125/GXN-STP");
    await chooseFile(head, form.getByTestId("command-field-fileId"), "giay-xac-nhan.pdf");
    await form.getByTestId("command-field-fileId-uploaded").waitFor();
  });
  await act(head, "send_result");
  await head.context().close();

  // The one-stop confirms the result and returns it to the applicant.
  expect(await statusOn(counter)).toBe("result_at_one_stop");
  await act(counter, "confirm_result");
  await act(counter, "return_result", (form) =>
    form.getByTestId("command-field-reference").fill("Ký nhận tại quầy"),
  );
  expect(await statusOn(counter)).toBe("returned");
  const timeline = await counter.getByTestId("timeline-entry").allTextContents();
  expect(timeline).toHaveLength(9);
  // Newest first: from the return back to the reception.
  expect(timeline[0]).toContain("Trả kết quả");
  expect(timeline.at(-1)).toContain("Tiếp nhận hồ sơ");
  // Finished within the time limit (CAL-9): minutes after reception, before the due date, so
  // early ("trước hạn"), which is on time in law; "đúng hạn" on the due date itself.
  const finish = counter.getByTestId("dossier-finish");
  expect(["early", "on_time"]).toContain(await finish.getAttribute("data-outcome"));
  expect(await finish.textContent()).toMatch(/Hoàn thành (đúng|trước) hạn/);
  await counter.context().close();
}, 180_000);
