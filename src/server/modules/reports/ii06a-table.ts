import { II06A_COLUMN_KEYS, type Ii06aFigures, type Ii06aReport } from "../../../contracts/reports.ts";
import type { Column } from "../documents/table.ts";

/**
 * The table of Biểu II.06a as printed (PDF) and exported (Excel): 13 numbered columns, the figures
 * grouped under "received", "resolved" and "in progress", one row per unit or field and a totals
 * row. Both renderers take their columns and rows from here.
 */

const RECEIVED = "Số hồ sơ nhận giải quyết";
const RESOLVED = "Số hồ sơ đã giải quyết";
const IN_PROGRESS = "Số hồ sơ đang giải quyết";

/** The figures of columns 3 to 13, in order: the contract's columns before its two "of which" figures. */
const FIGURE_COLUMNS = II06A_COLUMN_KEYS.slice(0, 11);

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
  ];
}

/** The rows as cells: number, label, then the 11 figures; the totals row last. */
export function ii06aRows(report: Ii06aReport): (string | number)[][] {
  const cells = (figures: Ii06aFigures) => FIGURE_COLUMNS.map((column) => figures[column]);
  return [
    ...report.rows.map((row, index) => [index + 1, row.label, ...cells(row.figures)]),
    ["", "Tổng cộng", ...cells(report.totals)],
  ];
}

/** The "of which" figures motcua adds under the table (RPT-2, PRC-7). */
export function ii06aNotes(report: Ii06aReport): string {
  const { resolved_late_with_apology: apology, withdrawn } = report.totals;
  return (
    `Ghi chú: trong số hồ sơ đã giải quyết có ${withdrawn} hồ sơ rút (tính vào cột 7 và cột 9 hoặc 10); ` +
    `trong số hồ sơ quá hạn có ${apology} hồ sơ đã có văn bản xin lỗi, hẹn lại ngày trả kết quả ` +
    "(vẫn tính quá hạn). Hồ sơ hủy và hồ sơ kiểm thử không được tính."
  );
}
