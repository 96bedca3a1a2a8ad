import type { TFunction } from "i18next";
import { splitWorkingTime } from "../../../domain/deadline/elapsed.ts";

/**
 * "2 ngày 3 giờ làm việc", "45 phút làm việc": the largest two units that are not zero, the sign
 * dropped. A working day is the receiving agency's (`minutesPerDay`, sent by the server, CAL-1).
 */
export function workingTimeText(minutes: number, minutesPerDay: number, t: TFunction): string {
  const parts = splitWorkingTime({ minutesPerDay }, minutes);
  const words: string[] = [];
  if (parts.days > 0) words.push(t("dossierTime.days", { count: parts.days }));
  if (parts.hours > 0) words.push(t("dossierTime.hours", { count: parts.hours }));
  if (parts.minutes > 0 && parts.days === 0) words.push(t("dossierTime.minutes", { count: parts.minutes }));
  return t("dossierTime.working", { time: words.length > 0 ? words.join(" ") : t("dossierTime.none") });
}
