import type { TFunction } from "i18next";
import type { DurationUnit } from "../../../contracts/calendar.ts";
import type { ServiceLevel } from "../../../contracts/catalog.ts";
import type { PublicSite } from "../../../contracts/site.ts";
import { TEAL_BADGE_TEXT } from "../../theme.ts";

/** 1234567 → "1.234.567": amounts of money and counts are written the Vietnamese way in both languages. */
export function vietnameseAmount(value: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(value);
}

/** "75.000 đồng" / "75.000 VND"; nothing to pay: "Không thu phí". */
export function moneyText(amount: number, t: TFunction): string {
  return amount === 0 ? t("catalog.free") : t("catalog.money", { amount: vietnameseAmount(amount) });
}

/** "10 ngày làm việc", "0,5 ngày làm việc", "20 ngày theo lịch"; with a cut-off of 0 days: "Trong ngày". */
export function durationText(
  time: { amount: number; unit: DurationUnit },
  t: TFunction,
  sameDayCutoff?: string | null,
): string {
  if (time.amount === 0 && sameDayCutoff) return t("catalog.sameDay", { cutoff: sameDayCutoff });
  return t(`catalog.duration.${time.unit}`, { count: time.amount, amount: vietnameseAmount(time.amount) });
}

/** A procedure at this level can be started online (LKP-2: full or partial online service). */
export function allowsOnline(level: ServiceLevel): boolean {
  return level === "full_online" || level === "partial_online";
}

/** REC-4, own portal off: the procedure's page on the national portal (CITIZEN_PORTAL_NATIONAL_LINK). */
export function nationalProcedureLink(site: PublicSite, code: string): string {
  return site.citizenPortal.nationalProcedureLink.replaceAll("{code}", encodeURIComponent(code));
}

/** Badge colours of the service levels (text on light background, AA contrast). */
export const SERVICE_LEVEL_COLORS: Record<ServiceLevel, string> = {
  full_online: "teal",
  partial_online: "blue",
  information_only: "gray",
};

/** Text of the service-level badges: dark enough on the light badge (AA, 4.5:1; teal-9 gives 4.3). */
export const SERVICE_LEVEL_TEXT: Record<ServiceLevel, string> = {
  full_online: TEAL_BADGE_TEXT,
  partial_online: "var(--mantine-color-blue-9)",
  information_only: "var(--mantine-color-gray-9)",
};
