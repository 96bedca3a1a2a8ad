import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatTime, type WallClock, weekdayKey } from "./wall-clock.ts";

/** "09:00 Thứ Hai 02/03/2026" (Vietnamese) / "09:00 on Monday 02/03/2026" (English). */
export function useWallClockText(): (w: WallClock) => string {
  const { t } = useTranslation();
  return useCallback(
    (w: WallClock) =>
      t("calendarText.dateTime", {
        time: formatTime(w),
        weekday: t(`calendarText.weekdays.${weekdayKey(w)}`),
        date: formatDate(w),
      }),
    [t],
  );
}

/** "Thứ Hai 02/03/2026" / "Monday 02/03/2026". */
export function useDateText(): (date: Pick<WallClock, "year" | "month" | "day">) => string {
  const { t } = useTranslation();
  return useCallback(
    (date) =>
      t("calendarText.weekdayDate", {
        weekday: t(`calendarText.weekdays.${weekdayKey(date)}`),
        date: formatDate(date),
      }),
    [t],
  );
}
