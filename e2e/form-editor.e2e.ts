import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { fillAddress, signInWithEid } from "./support/citizens.ts";
import { officerCall, officerCookie, signInPage } from "./support/officers.ts";

const baseUrl = inject("baseUrl");
/** Cấp Chứng chỉ hành nghề dược (1.002952): fully online, and the demo data gives it no e-form. */
const CODE = "1.002952";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Picks `option` in the Mantine select labelled `label` inside `scope`. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole("listbox", { name: label }).getByRole("option", { name: option, exact: true }).click();
}

const card = (page: Page, path: string) =>
  page.locator(`[data-testid="form-field-card"][data-path="${path}"]`);

it("CFG-2: an e-form built in the visual editor is published and the portal shows its conditional field only when its condition holds", async () => {
  const kstthc = await officerCookie(baseUrl, "kstthc");
  const procedure = await officerCall<{ id: string }>(baseUrl, kstthc, `/api/catalog/procedures/${CODE}`);
  const before = await officerCall<{ versions: unknown[] }>(
    baseUrl,
    kstthc,
    `/api/admin/forms/procedures/${procedure.body.id}/versions`,
  );
  expect(before.body.versions).toEqual([]);

  const page = await newPage(browser);
  await signInPage(page, baseUrl, "kstthc");
  await page.goto(`${baseUrl}/quan-tri/bieu-mau/${procedure.body.id}`);
  await page.getByTestId("form-new-draft").click();
  await page.getByTestId("form-visual-editor").waitFor();

  // A new section: a choice, a required text shown only for one of its choices, a repeating group.
  await page.getByTestId("form-add-section").click();
  const section = page.locator('[data-testid="form-section-card"][data-path="sections[2]"]');
  await section.getByLabel("Tiêu đề phần").fill("Mục đích đề nghị");

  const purpose = card(page, "sections[2].fields[0]");
  await purpose.getByLabel("Nhãn (người dân đọc)").fill("Mục đích sử dụng");
  expect(await purpose.getByLabel("Mã trường").inputValue()).toBe("mucDichSuDung");
  await choose(page, purpose, "Loại trường", "Danh sách chọn");
  await purpose.getByLabel("Nhãn lựa chọn 1").fill("Đi làm");
  await purpose.getByRole("button", { name: "+ Thêm lựa chọn" }).click();
  await purpose.getByLabel("Nhãn lựa chọn 2").fill("Khác");
  expect(await purpose.getByLabel("Giá trị lựa chọn 2").inputValue()).toBe("khac");
  await purpose.getByLabel("Bắt buộc nhập").check();

  await section.getByTestId("form-add-field").last().click();
  const other = card(page, "sections[2].fields[1]");
  await other.getByLabel("Nhãn (người dân đọc)").fill("Mục đích khác");
  await other.getByLabel("Bắt buộc nhập").check();
  await other.getByLabel("Chỉ hiện khi thoả điều kiện").check();
  await choose(page, other, "Khi trường", "Mục đích sử dụng (mucDichSuDung)");
  await choose(page, other, "So sánh", "bằng");
  await choose(page, other, "Giá trị", "Khác");

  await section.getByTestId("form-add-field").last().click();
  const group = card(page, "sections[2].fields[2]");
  await group.getByLabel("Nhãn (người dân đọc)").first().fill("Người đi cùng");
  await choose(page, group, "Loại trường", "Nhóm lặp lại");
  await group.getByLabel("Tên một mục (ví dụ: Nơi cư trú)").fill("Người đi cùng");
  await group.getByLabel("Số mục tối đa").fill("3");
  const member = card(page, "sections[2].fields[2].fields[0]");
  await member.getByLabel("Nhãn (người dân đọc)").fill("Họ tên người đi cùng");
  await member.getByLabel("Bắt buộc nhập").check();

  // The domain's check accepts it; the JSON view holds the same definition.
  await page.getByTestId("form-definition-valid").waitFor();
  await page.getByTestId("form-tab-json").click();
  const json = JSON.parse(await page.getByTestId("form-json").inputValue());
  expect(json.sections[2].fields[1]).toMatchObject({
    key: "mucDichKhac",
    type: "text",
    required: true,
    visibleWhen: { field: "mucDichSuDung", equals: "khac" },
  });
  expect(json.sections[2].fields[2]).toMatchObject({ key: "nguoiDiCung", type: "group", maxItems: 3 });

  // The preview (the portal's renderer) follows the condition.
  const preview = page.getByTestId("form-preview");
  await preview.getByLabel("Mục đích sử dụng").selectOption({ label: "Khác" });
  await preview.getByLabel("Mục đích khác").waitFor();

  await page.getByTestId("form-save").click();
  await page.getByTestId("form-saved").waitFor();
  await page.getByTestId("form-publish").click();
  await page.getByTestId("form-json-view").waitFor();
  await page.context().close();

  // The citizen's online form: the conditional field appears only for "Khác".
  // REC-4: the citizen signs in with VNeID, then reaches the new section, one section a page.
  const citizen = await newPage(browser);
  await citizen.goto(`${baseUrl}/thu-tuc/${CODE}/nop-truc-tuyen`);
  await citizen.waitForURL((url) => url.pathname === "/dang-nhap-cong-dan");
  await signInWithEid(citizen, "038085012345");
  await citizen.getByTestId("submission-applicant").waitFor();
  if ((await citizen.getByTestId("submission-agency").inputValue()) === "") {
    await citizen.getByTestId("submission-agency").click();
    await citizen.getByRole("option").first().click();
  }
  await citizen.getByTestId("submission-next").click();
  await citizen.getByTestId("form-input-hoTen").fill("Nguyễn Văn An");
  await citizen.getByTestId("form-input-soDinhDanh").fill("038085012345");
  await fillAddress(citizen, "noiCuTru");
  await citizen.getByTestId("form-input-dienThoai").fill("0912345678");
  await citizen.getByTestId("submission-next").click();
  await citizen.getByTestId("form-input-camDoan").check();
  await citizen.getByTestId("submission-next").click();
  const form = citizen.getByTestId("form-renderer");
  await form.waitFor();
  await form.getByTestId("form-group-nguoiDiCung").waitFor();
  expect(await form.getByLabel("Mục đích khác").count()).toBe(0);
  await form.getByLabel("Mục đích sử dụng").selectOption({ label: "Khác" });
  await form.getByLabel("Mục đích khác").waitFor();
  await form.getByLabel("Mục đích sử dụng").selectOption({ label: "Đi làm" });
  await form.getByLabel("Mục đích khác").waitFor({ state: "detached" });
  await citizen.context().close();
});
