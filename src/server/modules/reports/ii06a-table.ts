import { II06A_COLUMN_KEYS, type Ii06aFigures, type Ii06aReport } from "../../../contracts/reports.ts";
import type { Column } from "../documents/table.ts";

/**
 * The table of Biểu II.06a as printed (PDF) and exported (Excel): the form's 13 numbered columns,
 * the figures grouped under "received", "resolved" and "in progress", then the extra columns of
 * current provincial exports (counting-conventions.ts), one row per unit or field and a totals
 * row. Both renderers take their columns and rows from here.
 */

const RECEIVED = "Số hồ sơ nhận giải quyết";
const RESOLVED = "Số hồ sơ đã giải quyết";
const IN_PROGRESS = "Số hồ sơ đang giải quyết";
const EXTRA = "Chỉ tiêu bổ sung";

/** The extra columns' short headings, in the contract's order after column 13. */
const EXTRA_HEADERS: Readonly<Record<(typeof II06A_COLUMN_KEYS)[number], string>> = {
  resolved_late_with_apology: "Quá hạn có văn bản xin lỗi",
  withdrawn: "Rút hồ sơ",
  received_full_online: "Trực tuyến toàn trình",
  received_partial_online: "Trực tuyến một phần",
  paused_at_end: "Dừng xử lý",
  awaiting_acceptance: "Chờ tiếp nhận",
} as Record<(typeof II06A_COLUMN_KEYS)[number], string>;
const EXTRA_COLUMNS = II06A_COLUMN_KEYS.slice(11);

export function ii06aColumns(by: Ii06aReport["by"]): (Column & { readonly excelWidth: number })[] {
  const figure = (header: string, group: string) =>
    ({ header, group, weight: 44, align: "center", excelWidth: 12 }) as const;
  return [
    { header: "STT", weight: 26, align: "center", excelWidth: 6 },
    { header: by === "unit" ? "Đơn vị" : "Lĩnh vực giải quyết", weight: 170, excelWidth: 40 },
    figure("Tổng số", RECEIVED),
    figure("Trong kỳ: trực tuyến", RECEIVED),
    figure("Trong kỳ: trực tiếp, bưu chính", RECEIVED),
    figure("Từ kỳ trước chuyển sang", RECEIVED),
    figure("Tổng số", RESOLVED),
    figure("Trước hạn", RESOLVED),
    figure("Đúng hạn", RESOLVED),
    figure("Quá hạn", RESOLVED),
    figure("Tổng số", IN_PROGRESS),
    figure("Trong hạn", IN_PROGRESS),
    figure("Quá hạn", IN_PROGRESS),
    ...EXTRA_COLUMNS.map((column) => figure(EXTRA_HEADERS[column], EXTRA)),
  ];
}

/**
 * The rows as cells: number, label, then the figures; the totals row last. A figure that cannot be
 * known is "—"; one a month closed before it existed lacks is blank.
 */
export function ii06aRows(report: Ii06aReport): (string | number)[][] {
  const cells = (figures: Ii06aFigures) =>
    II06A_COLUMN_KEYS.map((column) => (column in figures ? (figures[column] ?? "—") : ""));
  return [
    ...report.rows.map((row, index) => [index + 1, row.label, ...cells(row.figures)]),
    ["", "Tổng cộng", ...cells(report.totals)],
  ];
}

/** What the extra columns mean, under the table (RPT-2, PRC-7). */
export function ii06aNotes(report: Ii06aReport): string {
  const unknown =
    report.totals.paused_at_end === null
      ? " Số hồ sơ dừng xử lý chỉ tính được cho kỳ chưa kết thúc (—: không xác định)."
      : "";
  return (
    "Ghi chú: (14) hồ sơ quá hạn đã có văn bản xin lỗi, hẹn lại ngày trả kết quả, vẫn tính vào cột 10; " +
    "(15) hồ sơ rút, tính vào cột 7 và cột 9 hoặc 10; (16), (17) thuộc cột 4 theo mức độ dịch vụ công " +
    "trực tuyến; (18) thuộc cột 11, đang dừng xử lý cuối kỳ; (19) hồ sơ trực tuyến chưa được tiếp nhận " +
    `cuối kỳ, không tính vào cột 3.${unknown} Hồ sơ hủy và hồ sơ kiểm thử không được tính.`
  );
}
