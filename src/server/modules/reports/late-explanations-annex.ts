import type { LateExplanations } from "../../../contracts/late-explanations.ts";
import { shortDate, shortDateTime } from "../documents/layout.ts";
import type { Column } from "../documents/table.ts";

/**
 * The annex of Biểu II.06a's exports (RPT-3, PRC-8): the period's late dossiers per unit with the
 * reason recorded for each, or "not explained". Both renderers take their columns and rows here.
 */

export const LATE_ANNEX_TITLE = "PHỤ LỤC: GIẢI TRÌNH HỒ SƠ QUÁ HẠN";

const KIND_LABELS = {
  resolved_late: "Đã giải quyết quá hạn",
  in_progress_overdue: "Đang giải quyết, quá hạn",
} as const;

export const NOT_EXPLAINED = "Chưa giải trình";

export function lateAnnexColumns(): (Column & { readonly excelWidth: number })[] {
  return [
    { header: "STT", weight: 26, align: "center", excelWidth: 6 },
    { header: "Đơn vị", weight: 110, excelWidth: 30 },
    { header: "Mã hồ sơ", weight: 100, excelWidth: 26 },
    { header: "Thủ tục hành chính", weight: 140, excelWidth: 40 },
    { header: "Tình trạng", weight: 70, align: "center", excelWidth: 18 },
    { header: "Hạn giải quyết", weight: 60, align: "center", excelWidth: 18 },
    { header: "Lý do quá hạn (giải trình)", weight: 190, excelWidth: 50 },
  ];
}

/** One row per late dossier, unit after unit; the explanation with when it was recorded and by whom. */
export function lateAnnexRows(explanations: LateExplanations): string[][] {
  const rows: string[][] = [];
  for (const unit of explanations.units) {
    for (const dossier of unit.dossiers) {
      rows.push([
        String(rows.length + 1),
        unit.name,
        dossier.code,
        dossier.procedureName,
        KIND_LABELS[dossier.kind],
        dossier.dueAt ? shortDateTime(Date.parse(dossier.dueAt)) : "",
        explanationText(dossier.explanation),
      ]);
    }
  }
  return rows;
}

function explanationText(explanation: LateExplanations["units"][number]["dossiers"][number]["explanation"]) {
  if (!explanation) return NOT_EXPLAINED;
  const by = explanation.recordedBy ? `, ${explanation.recordedBy}` : "";
  return `${explanation.reason} (ghi ngày ${shortDate(Date.parse(explanation.recordedAt))}${by})`;
}

/** The line under the annex: explained and not yet explained. */
export function lateAnnexSummary(explanations: LateExplanations): string {
  const { explained, unexplained } = explanations.totals;
  return `Tổng số hồ sơ quá hạn: ${explained + unexplained}; đã giải trình: ${explained}; chưa giải trình: ${unexplained}.`;
}
