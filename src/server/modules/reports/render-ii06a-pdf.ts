import type { LateExplanations } from "../../../contracts/late-explanations.ts";
import type { Ii06aReport } from "../../../contracts/reports.ts";
import type { Doc } from "../documents/layout.ts";
import {
  centredLine,
  createDocument,
  pageNumbers,
  paragraph,
  signatures,
  title,
  toBuffer,
} from "../documents/layout.ts";
import { drawTable } from "../documents/table.ts";
import { II06A_FORM } from "./get-ii06a-report.ts";
import { ii06aColumns, ii06aNotes, ii06aRows } from "./ii06a-table.ts";
import {
  LATE_ANNEX_TITLE,
  lateAnnexColumns,
  lateAnnexRows,
  lateAnnexSummary,
} from "./late-explanations-annex.ts";

/**
 * Biểu II.06a as a landscape A4 PDF in the official layout: "Biểu số II.06a/VPCP/KSTT" in the top
 * corner, the title and the period, the reporting unit, the numbered table with its totals row,
 * motcua's "of which" note, and the signature blocks (who drew it up, the head of the unit); then,
 * when given, the annex of the late dossiers' explanations on a page of its own (RPT-3, PRC-8).
 */
export async function renderIi06aPdf(report: Ii06aReport, annex?: LateExplanations): Promise<Buffer> {
  const doc = createDocument({
    title: `${report.title} — ${report.periodLabel}`,
    form: {
      numberLine: II06A_FORM,
      basisLine: "(Chế độ báo cáo theo Thông tư số 01/2020/TT-VPCP của Văn phòng Chính phủ)",
    },
    author: report.unit.name,
    createdAt: Date.parse(`${report.to}T00:00:00+07:00`),
    layout: "landscape",
  });
  doc.moveDown(0.5);
  title(doc, report.title, `Kỳ báo cáo: ${report.periodLabel}`);
  centredLine(doc, `Đơn vị báo cáo: ${report.unit.name}`, { font: "bold" });
  centredLine(doc, "Đơn vị tính: hồ sơ", { font: "italic" });
  doc.moveDown(0.6);
  drawTable(doc, {
    columns: ii06aColumns(report.by),
    rows: ii06aRows(report).map((row) => row.map(String)),
    // 19 columns across a landscape A4: a point smaller than the other tables.
    size: 8,
    numbered: true,
  });
  doc.moveDown(0.5);
  paragraph(doc, ii06aNotes(report), { font: "italic", size: 9 });
  doc.moveDown(0.8);
  signatures(doc, [
    { title: "NGƯỜI LẬP BIỂU", name: null },
    { title: "THỦ TRƯỞNG ĐƠN VỊ", note: "(Ký, ghi rõ họ tên, đóng dấu)", name: null },
  ]);
  if (annex) lateAnnex(doc, report, annex);
  pageNumbers(doc);
  return toBuffer(doc);
}

function lateAnnex(doc: Doc, report: Ii06aReport, annex: LateExplanations): void {
  doc.addPage();
  title(doc, LATE_ANNEX_TITLE, `Kỳ báo cáo: ${report.periodLabel}`);
  centredLine(doc, `Đơn vị báo cáo: ${report.unit.name}`, { font: "bold" });
  doc.moveDown(0.6);
  drawTable(doc, {
    columns: lateAnnexColumns(),
    rows: lateAnnexRows(annex),
    size: 9,
    empty: "Không có hồ sơ quá hạn trong kỳ.",
  });
  doc.moveDown(0.5);
  paragraph(doc, lateAnnexSummary(annex), { font: "italic", size: 9 });
}
