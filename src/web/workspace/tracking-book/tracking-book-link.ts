import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";

export const TRACKING_BOOK_PATH = "/can-bo/so-theo-doi";

export interface TrackingBookRequest {
  agencyId: string;
  /** First and last day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  volume: string;
}

/** The address of the book (Mẫu 06) as the server serves it: a PDF to read, or the Excel workbook. */
export function trackingBookUrl(request: TrackingBookRequest, format: "pdf" | "xlsx"): string {
  const query = new URLSearchParams({
    agencyId: request.agencyId,
    from: request.from,
    to: request.to,
    format,
  });
  if (request.volume.trim()) query.set("volume", request.volume.trim());
  return `/api/tracking-book?${query.toString()}`;
}

/** The default period: from the first of this month (Vietnam time) to today. */
export function currentMonth(now: number): { from: string; to: string } {
  const today = vietnamWallClock(now);
  return { from: isoDate({ ...today, day: 1 }), to: isoDate(today) };
}

/** What is wrong with a period, as a message key; null when it can be asked for (at most 366 days). */
export function periodProblem(
  from: string,
  to: string,
): "trackingBook.periodMissing" | "trackingBook.periodOrder" | "trackingBook.periodTooLong" | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to))
    return "trackingBook.periodMissing";
  if (from > to) return "trackingBook.periodOrder";
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days > 366 ? "trackingBook.periodTooLong" : null;
}
