import type { TFunction } from "i18next";
import { vietnameseAmount } from "../../portal/catalog/format.ts";

/** Integer đồng as "50.000 đồng" (vi-VN grouping in both languages), zero included. */
export function moneyAmount(amount: number, t: TFunction): string {
  return t("catalog.money", { amount: vietnameseAmount(amount) });
}
