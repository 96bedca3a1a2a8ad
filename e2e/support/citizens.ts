import type { Page } from "playwright-core";
import { expect } from "vitest";

/** From the portal's citizen sign-in page, through the e-ID simulator: signs in and shares the identity data. */
export async function signInWithEid(page: Page, identityNumber: string): Promise<void> {
  await page.getByRole("link", { name: "Tiếp tục với VNeID" }).click();
  await page.getByLabel("Số định danh cá nhân").fill(identityNumber);
  await page.getByLabel("Mật khẩu").fill("Vneid@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("button", { name: "Đồng ý" }).click();
}

/** Fills the e-form's address at `path` with a commune of Thanh Hóa (38) and a street. */
export async function fillAddress(page: Page, path: string): Promise<void> {
  await page.getByTestId(`form-input-${path}.provinceCode`).selectOption("38");
  const commune = page.getByTestId(`form-input-${path}.communeCode`);
  await expect.poll(() => commune.locator("option").count()).toBeGreaterThan(1);
  await commune.selectOption({ index: 1 });
  await page.getByTestId(`form-input-${path}.street`).fill("Số 5 đường Lê Lợi");
}
