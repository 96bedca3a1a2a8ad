import {
  civilFromDayNumber,
  dayNumberFromIso,
  daysInMonth,
  instantAt,
  tryParseIsoDate,
} from "../../../domain/calendar/dates.ts";
import { AppError } from "../../http/problem.ts";
import type { ReportPeriod } from "./counting-conventions.ts";

/** The longest period a report covers (a few years, to keep one query's work bounded). */
const MAX_DAYS = 5 * 366;

/**
 * RPT-3: a period given by its first and last day (inclusive, Vietnam time), e.g. a month from
 * its 1st to its last day; as instants [from, to) between Vietnam-time midnights.
 */
export function reportPeriod(fromDate: string, toDate: string): ReportPeriod {
  if (!tryParseIsoDate(fromDate) || !tryParseIsoDate(toDate)) throw periodInvalid();
  const first = dayNumberFromIso(fromDate);
  const last = dayNumberFromIso(toDate);
  if (last < first || last - first >= MAX_DAYS) throw periodInvalid();
  return { from: instantAt(first, 0), to: instantAt(last + 1, 0) };
}

function periodInvalid(): AppError {
  return new AppError(
    400,
    "REPORT_PERIOD_INVALID",
    "Kỳ báo cáo không hợp lệ: ngày bắt đầu phải không sau ngày kết thúc, và kỳ không dài quá 5 năm.",
  );
}

const ROMAN = ["I", "II", "III", "IV"];
const two = (n: number) => String(n).padStart(2, "0");

/** The period as the form prints it: "Tháng 3 năm 2026", "Quý I năm 2026", "6 tháng đầu năm 2026", … */
export function periodLabel(fromDate: string, toDate: string): string {
  const first = civilFromDayNumber(dayNumberFromIso(fromDate));
  const last = civilFromDayNumber(dayNumberFromIso(toDate));
  const wholeMonths =
    first.day === 1 && last.year === first.year && last.day === daysInMonth(last.year, last.month);
  const months = last.month - first.month + 1;
  if (wholeMonths && months === 1) return `Tháng ${first.month} năm ${first.year}`;
  if (wholeMonths && months === 3 && first.month % 3 === 1)
    return `Quý ${ROMAN[(first.month - 1) / 3]} năm ${first.year}`;
  if (wholeMonths && months === 6 && first.month === 1) return `6 tháng đầu năm ${first.year}`;
  if (wholeMonths && months === 6 && first.month === 7) return `6 tháng cuối năm ${first.year}`;
  if (wholeMonths && months === 12) return `Năm ${first.year}`;
  const show = (d: typeof first) => `${two(d.day)}/${two(d.month)}/${d.year}`;
  return `Từ ngày ${show(first)} đến ngày ${show(last)}`;
}
