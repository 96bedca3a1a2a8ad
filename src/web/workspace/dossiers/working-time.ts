import type { TFunction } from "i18next";

/** A working day counts 8 working hours (CAL-1: 08:00–12:00 and 13:30–17:30 or as configured). */
const DAY_MINUTES = 8 * 60;

/** Working minutes as whole working days, hours and minutes (the sign is dropped). */
export function splitWorkingMinutes(minutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.round(Math.abs(minutes));
  return {
    days: Math.floor(total / DAY_MINUTES),
    hours: Math.floor((total % DAY_MINUTES) / 60),
    minutes: total % 60,
  };
}

/** "2 ngày 3 giờ làm việc", "45 phút làm việc": the largest two units that are not zero. */
export function workingTimeText(minutes: number, t: TFunction): string {
  const parts = splitWorkingMinutes(minutes);
  const words: string[] = [];
  if (parts.days > 0) words.push(t("dossierTime.days", { count: parts.days }));
  if (parts.hours > 0) words.push(t("dossierTime.hours", { count: parts.hours }));
  if (parts.minutes > 0 && parts.days === 0) words.push(t("dossierTime.minutes", { count: parts.minutes }));
  return t("dossierTime.working", { time: words.length > 0 ? words.join(" ") : t("dossierTime.none") });
}
