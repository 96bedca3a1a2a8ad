import ExcelJS from "exceljs";
import { VIETNAM_OFFSET_MS } from "../../../domain/calendar/dates.ts";
import type { ClockEvent } from "../../../domain/deadline/clock-state.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { STATUS_LABELS } from "../../../domain/dossier/status.ts";
import { agencyName, type DocumentContext, FINISH_LABELS, workflowAgencies } from "./context.ts";
import { type FormMark, formNumberLine, formSetAt, formSubject, legalBasisLine } from "./form-set.ts";
import {
  centredLine,
  clean,
  createDocument,
  dateLine,
  nationalHeader,
  pageNumbers,
  shortDate,
  shortDateTime,
  title,
  toBuffer,
} from "./layout.ts";
import { type Column, drawTable } from "./table.ts";

/**
 * Mẫu 06 of TT 01/2018, Mẫu 07 of TT 03/2025/TT-VPCP — Sổ theo dõi hồ sơ: every dossier received
 * in a period, one row each, as a landscape A4 PDF and as an Excel workbook (.xlsx) with the same
 * columns.
 */

export interface TrackingBookContext extends DocumentContext {
  /** The period: dossiers received at or after `from` and before `to` (instants). */
  readonly period: { readonly from: number; readonly to: number };
  /** Quyển số. */
  readonly volume?: string | null;
  /** Số lượng hồ sơ (bộ) by dossier id; default 1. */
  readonly setsByDossier?: Readonly<Record<string, number>>;
}

/**
 * The book covers many dossiers, so it takes the set in force on the last day of the period
 * printed (the book is kept, and closed, under that circular); a period across the change is
 * printed as the new form, with the older dossiers' rows unchanged (the columns are the same).
 */
function bookForm(context: TrackingBookContext): FormMark {
  return { set: formSetAt(context.period.to - 1), kind: "tracking_book" };
}

export interface TrackingBookRow {
  readonly number: number;
  readonly dossierId: string;
  readonly code: string;
  readonly procedure: string;
  readonly sets: number;
  readonly applicant: string;
  readonly addressPhone: string;
  readonly leadAgency: string;
  readonly receivedAt: number;
  /** The appointment given at reception (or at the restart after a supplement). */
  readonly appointment: number | null;
  /** Handed from the one-stop to the agency that resolves it. */
  readonly transferredAt: number | null;
  /** The result back at the one-stop. */
  readonly resultReceivedAt: number | null;
  /** The result handed to the applicant. */
  readonly returnedAt: number | null;
  readonly notes: string;
}

type CountingStart = Extract<ClockEvent, { type: "start" | "restart" }>;

function appointmentOf(dossier: Dossier): number | null {
  const start = dossier.clock?.history.findLast(
    (event): event is CountingStart => event.type === "start" || event.type === "restart",
  );
  return start?.appointment ?? null;
}

function notesOf(dossier: Dossier): string {
  const notes: string[] = [];
  const returned = dossier.supplementRequests.find((request) => request.kind === "return");
  if (returned) notes.push(`Trả lại bổ sung ngày ${shortDate(returned.at)}`);
  if (dossier.clock?.history.some((event) => event.type === "restart")) notes.push("Tính lại thời hạn");
  if (dossier.apology) notes.push(`Hẹn lại: ${shortDateTime(dossier.apology.newDue)}`);
  if (dossier.finish) notes.push(FINISH_LABELS[dossier.finish.outcome]);
  const final = ["refused", "withdrawn", "cancelled"] as const;
  if ((final as readonly string[]).includes(dossier.status)) notes.push(STATUS_LABELS[dossier.status]);
  if (dossier.delivery?.method === "post") notes.push("Trả qua bưu chính");
  if (dossier.delivery?.method === "electronic") notes.push("Trả kết quả điện tử");
  return notes.join("; ");
}

/** The book's rows: the dossiers received in the period, in order of reception. */
export function trackingBookRows(
  dossiers: readonly Dossier[],
  context: TrackingBookContext,
): TrackingBookRow[] {
  const { from, to } = context.period;
  return dossiers
    .filter(
      (dossier): dossier is Dossier & { receivedAt: number } =>
        dossier.receivedAt !== null && dossier.receivedAt >= from && dossier.receivedAt < to,
    )
    .sort((a, b) => a.receivedAt - b.receivedAt || a.code.localeCompare(b.code))
    .map((dossier, index) => {
      const lead = workflowAgencies(dossier)[0];
      const applicant = dossier.applicant;
      return {
        number: index + 1,
        dossierId: dossier.id,
        code: dossier.code,
        procedure: dossier.procedure.name,
        sets: context.setsByDossier?.[dossier.id] ?? 1,
        applicant: applicant.name,
        addressPhone: [applicant.address, applicant.phone].filter(Boolean).join("; "),
        leadAgency: lead ? agencyName(context, lead) : "",
        receivedAt: dossier.receivedAt,
        appointment: appointmentOf(dossier),
        transferredAt: dossier.handOvers.find((entry) => entry.from.kind === "one_stop")?.at ?? null,
        resultReceivedAt: dossier.handOvers.findLast((entry) => entry.to.kind === "one_stop")?.at ?? null,
        returnedAt: dossier.delivery?.at ?? null,
        notes: notesOf(dossier),
      };
    });
}

const DATES = "Ngày, tháng, năm";

/** The official columns (the five dates grouped under "Ngày, tháng, năm"), with PDF weights and Excel widths. */
const COLUMNS: readonly (Column & { readonly excelWidth: number })[] = [
  { header: "STT", weight: 24, align: "center", excelWidth: 5 },
  { header: "Mã hồ sơ", weight: 106, excelWidth: 26 },
  { header: "Tên thủ tục hành chính", weight: 84, excelWidth: 36 },
  { header: "Số lượng hồ sơ (bộ)", weight: 34, align: "center", excelWidth: 8 },
  { header: "Tên cá nhân, tổ chức", weight: 56, excelWidth: 22 },
  { header: "Địa chỉ, số điện thoại", weight: 90, excelWidth: 32 },
  { header: "Cơ quan chủ trì giải quyết", weight: 58, excelWidth: 22 },
  { header: "Nhận hồ sơ", weight: 48, align: "center", group: DATES, excelWidth: 16 },
  { header: "Hẹn trả kết quả", weight: 48, align: "center", group: DATES, excelWidth: 16 },
  {
    header: "Chuyển hồ sơ đến cơ quan giải quyết",
    weight: 48,
    align: "center",
    group: DATES,
    excelWidth: 16,
  },
  { header: "Nhận kết quả từ cơ quan giải quyết", weight: 48, align: "center", group: DATES, excelWidth: 16 },
  { header: "Trả kết quả cho cá nhân, tổ chức", weight: 48, align: "center", group: DATES, excelWidth: 16 },
  { header: "Ký nhận", weight: 28, excelWidth: 12 },
  { header: "Ghi chú", weight: 48, excelWidth: 28 },
];

function periodText(context: TrackingBookContext): string {
  const last = context.period.to - 1;
  const volume = context.volume ? `; Quyển số: ${clean(context.volume)}` : "";
  return `Từ ngày ${shortDate(context.period.from)} đến ngày ${shortDate(last)}${volume}`;
}

function when(instant: number | null): string {
  return instant === null ? "" : shortDateTime(instant).replace(" ", "\n");
}

export async function renderTrackingBookPdf(
  dossiers: readonly Dossier[],
  context: TrackingBookContext,
): Promise<Buffer> {
  const rows = trackingBookRows(dossiers, context);
  const doc = createDocument({
    title: `Sổ theo dõi hồ sơ ${periodText(context)}`,
    form: bookForm(context),
    author: context.agency.name,
    createdAt: context.period.to - 1,
    layout: "landscape",
  });
  nationalHeader(doc, {
    agency: context.agency,
    reference: null,
    place: context.place,
    date: null,
    dateLine: false,
  });
  title(doc, "Sổ theo dõi hồ sơ");
  centredLine(doc, periodText(context), { font: "italic" });
  doc.moveDown(0.6);
  drawTable(doc, {
    columns: COLUMNS,
    rows: rows.map((row) => [
      String(row.number),
      row.code,
      row.procedure,
      String(row.sets).padStart(2, "0"),
      row.applicant,
      row.addressPhone,
      row.leadAgency,
      when(row.receivedAt),
      when(row.appointment),
      when(row.transferredAt),
      when(row.resultReceivedAt),
      when(row.returnedAt),
      "",
      row.notes,
    ]),
    size: 7.5,
    font: "condensed",
    headerFont: "condensedBold",
    numbered: true,
    empty: "Không có hồ sơ được tiếp nhận trong kỳ.",
  });
  pageNumbers(doc);
  return toBuffer(doc);
}

/** Excel stores wall-clock times without a zone: the Vietnam wall clock, written as if it were UTC. */
function excelDate(instant: number | null): Date | null {
  return instant === null ? null : new Date(instant + VIETNAM_OFFSET_MS);
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const EXCEL_FONT = "Times New Roman";

/** The sheet's first data row (1-based): after the titles, two header rows and the column numbers. */
export const TRACKING_BOOK_FIRST_ROW = 9;

export async function renderTrackingBookXlsx(
  dossiers: readonly Dossier[],
  context: TrackingBookContext,
): Promise<Buffer> {
  const rows = trackingBookRows(dossiers, context);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "motcua";
  workbook.title = `Sổ theo dõi hồ sơ ${periodText(context)}`;
  workbook.subject = formSubject(bookForm(context));
  workbook.created = new Date(context.period.to - 1);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Sổ theo dõi hồ sơ", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TRACKING_BOOK_FIRST_ROW - 3}:${TRACKING_BOOK_FIRST_ROW - 1}`,
    },
    views: [{ state: "frozen", ySplit: TRACKING_BOOK_FIRST_ROW - 1 }],
  });
  sheet.columns = COLUMNS.map((column) => ({ width: column.excelWidth }));
  const last = COLUMNS.length;
  const text = (row: number, from: number, to: number, value: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = value;
    cell.font = { name: EXCEL_FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  const superior = context.agency.superiorName ? `${clean(context.agency.superiorName).toUpperCase()}\n` : "";
  text(1, 1, 5, `${superior}${clean(context.agency.name).toUpperCase()}`, { bold: true });
  text(1, 8, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", { bold: true });
  sheet.getRow(1).height = 36;
  text(2, 8, last, dateLine(context.place, null), { italic: true });
  text(3, 8, last, `${formNumberLine(bookForm(context))} ${legalBasisLine(bookForm(context))}`, {
    italic: true,
    size: 9,
  });
  text(4, 1, last, "SỔ THEO DÕI HỒ SƠ", { bold: true, size: 14 });
  text(5, 1, last, periodText(context), { italic: true });

  // Two header rows: the grouped dates on the first, their own captions on the second.
  const top = TRACKING_BOOK_FIRST_ROW - 3;
  COLUMNS.forEach((column, index) => {
    const col = index + 1;
    if (column.group) {
      sheet.getCell(top + 1, col).value = column.header;
    } else {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = column.header;
    }
    sheet.getCell(top + 2, col).value = `(${col})`;
  });
  const firstDate = COLUMNS.findIndex((column) => column.group) + 1;
  const lastDate = COLUMNS.findLastIndex((column) => column.group) + 1;
  sheet.mergeCells(top, firstDate, top, lastDate);
  sheet.getCell(top, firstDate).value = DATES;
  for (let row = top; row <= top + 2; row += 1) {
    for (let col = 1; col <= last; col += 1) {
      const cell = sheet.getCell(row, col);
      cell.font = {
        name: EXCEL_FONT,
        size: row === top + 2 ? 10 : 11,
        bold: row < top + 2,
        italic: row === top + 2,
      };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }
  sheet.getRow(top + 1).height = 45;

  rows.forEach((entry, index) => {
    const row = sheet.getRow(TRACKING_BOOK_FIRST_ROW + index);
    row.values = [
      entry.number,
      entry.code,
      entry.procedure,
      entry.sets,
      entry.applicant,
      entry.addressPhone,
      entry.leadAgency,
      excelDate(entry.receivedAt),
      excelDate(entry.appointment),
      excelDate(entry.transferredAt),
      excelDate(entry.resultReceivedAt),
      excelDate(entry.returnedAt),
      null,
      entry.notes,
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: EXCEL_FONT, size: 11 };
      cell.border = BORDER;
      const column = COLUMNS[col - 1];
      cell.alignment = { vertical: "top", horizontal: column?.align ?? "left", wrapText: true };
      if (column?.group) cell.numFmt = "dd/mm/yyyy hh:mm";
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
