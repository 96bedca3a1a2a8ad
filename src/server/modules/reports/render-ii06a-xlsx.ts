import ExcelJS from "exceljs";
import type { LateExplanations } from "../../../contracts/late-explanations.ts";
import type { Ii06aReport } from "../../../contracts/reports.ts";
import { II06A_FORM } from "./get-ii06a-report.ts";
import { ii06aColumns, ii06aNotes, ii06aRows } from "./ii06a-table.ts";
import {
  LATE_ANNEX_TITLE,
  lateAnnexColumns,
  lateAnnexRows,
  lateAnnexSummary,
} from "./late-explanations-annex.ts";

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const FONT = "Times New Roman";

/** The sheet's first data row (1-based): after the titles, two header rows and the column numbers. */
export const II06A_FIRST_ROW = 8;

/**
 * Biểu II.06a as an Excel workbook: the same columns, rows and totals as the PDF, figures as numbers;
 * when given, the late dossiers' explanations on a second sheet (RPT-3, PRC-8).
 */
export async function renderIi06aXlsx(report: Ii06aReport, annex?: LateExplanations): Promise<Buffer> {
  const columns = ii06aColumns(report.by);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "motcua";
  workbook.title = `${report.title} — ${report.periodLabel}`;
  workbook.subject = II06A_FORM;
  const sheet = workbook.addWorksheet("Biểu II.06a", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: II06A_FIRST_ROW - 1 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.excelWidth }));
  const last = columns.length;
  const line = (
    row: number,
    value: string,
    font: Partial<ExcelJS.Font>,
    align: "left" | "center" | "right",
  ) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: align, vertical: "middle", wrapText: true };
  };
  line(1, II06A_FORM, { bold: true, size: 10 }, "right");
  line(2, report.title, { bold: true, size: 14 }, "center");
  line(3, `Kỳ báo cáo: ${report.periodLabel}`, { italic: true }, "center");
  line(4, `Đơn vị báo cáo: ${report.unit.name}`, { bold: true }, "center");

  const top = II06A_FIRST_ROW - 3;
  columns.forEach((column, index) => {
    const col = index + 1;
    if (column.group) sheet.getCell(top + 1, col).value = column.header;
    else {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = column.header;
    }
    sheet.getCell(top + 2, col).value = `(${col})`;
  });
  for (const group of new Set(columns.map((column) => column.group).filter(Boolean))) {
    const first = columns.findIndex((column) => column.group === group) + 1;
    const end = columns.findLastIndex((column) => column.group === group) + 1;
    sheet.mergeCells(top, first, top, end);
    sheet.getCell(top, first).value = group ?? "";
  }
  for (let row = top; row <= top + 2; row += 1) {
    for (let col = 1; col <= last; col += 1) {
      const cell = sheet.getCell(row, col);
      cell.font = { name: FONT, size: 11, bold: row < top + 2, italic: row === top + 2 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }
  sheet.getRow(top + 1).height = 45;

  const rows = ii06aRows(report);
  rows.forEach((values, index) => {
    const row = sheet.getRow(II06A_FIRST_ROW + index);
    row.values = values;
    const totals = index === rows.length - 1;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 11, bold: totals };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", horizontal: col === 2 ? "left" : "center", wrapText: true };
    });
  });
  const notes = II06A_FIRST_ROW + rows.length + 1;
  line(notes, ii06aNotes(report), { italic: true, size: 10 }, "left");
  sheet.getRow(notes).height = 30;
  if (annex) addLateAnnexSheet(workbook, report, annex);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The annex sheet: title lines, the header row, one row per late dossier, the summary. */
function addLateAnnexSheet(workbook: ExcelJS.Workbook, report: Ii06aReport, annex: LateExplanations): void {
  const columns = lateAnnexColumns();
  const sheet = workbook.addWorksheet("Giải trình quá hạn", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => ({ width: column.excelWidth }));
  const line = (row: number, value: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, columns.length);
    const cell = sheet.getCell(row, 1);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", wrapText: true };
  };
  line(1, LATE_ANNEX_TITLE, { bold: true, size: 14 });
  line(2, `Kỳ báo cáo: ${report.periodLabel} — Đơn vị báo cáo: ${report.unit.name}`, { italic: true });
  const rows = [columns.map((column) => column.header), ...lateAnnexRows(annex)];
  rows.forEach((values, index) => {
    const row = sheet.getRow(4 + index);
    row.values = values;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 11, bold: index === 0 };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true };
    });
  });
  const summary = sheet.getCell(4 + rows.length + 1, 1);
  summary.value = lateAnnexSummary(annex);
  summary.font = { name: FONT, size: 10, italic: true };
}
