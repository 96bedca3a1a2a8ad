import PDFDocument from "pdfkit";
import {
  civilFromDayNumber,
  localDayNumber,
  localMsOfDay,
  MS_PER_MINUTE,
  weekdayOf,
} from "../../../domain/calendar/dates.ts";
import type { Duration } from "../../../domain/deadline/duration.ts";
import type { IssuingAgency } from "./context.ts";
import { FONT_NAMES, type FontName, fontBytes } from "./fonts.ts";
import { type FormMark, formNumberLine, formSubject, legalBasisLine } from "./form-set.ts";

/**
 * The shared layout of the forms (TT 01/2018 and TT 03/2025/TT-VPCP): the A4 page, the form's
 * number and circular in the top corner (form-set.ts), the national header
 * (quốc hiệu, tiêu ngữ, issuing agency, number or code, place and date), the title, labelled
 * lines, signature blocks, and the Vietnamese wording of dates, times and durations. Dates are
 * read in Vietnam time with the domain calendar's helpers (no date arithmetic here).
 */

export type Doc = PDFKit.PDFDocument;

/** A4 margins after NĐ 30/2020 (left 2.5 cm, right 1.5 cm, top and bottom 1.5 cm). */
const PORTRAIT_MARGINS = { top: 42, bottom: 42, left: 71, right: 42 } as const;
const LANDSCAPE_MARGINS = { top: 40, bottom: 40, left: 42, right: 34 } as const;

export const BODY_SIZE = 11;
const LINE_GAP = 2.5;
/** What a missing value prints as: a dotted blank to fill in by hand. */
export const BLANK = "…………………………";

/** Text as it goes into the PDF: NFC (precomposed letters, which the font has), no stray spaces. */
export function clean(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A run of text inside a line: NFC, runs of blanks collapsed, but the spaces at its ends kept. */
function cleanRun(text: string): string {
  return text.normalize("NFC").replace(/[ \t\u00a0]+/g, " ");
}

export function orBlank(value: string | null | undefined): string {
  const text = value ? clean(value) : "";
  return text === "" ? BLANK : text;
}

export interface DocumentOptions {
  readonly title: string;
  /** The form and its set: printed in the top corner ("Mẫu số 06") and the PDF's subject. */
  readonly form: FormMark | PrintedMark;
  readonly author: string;
  /** Stamped as the PDF's creation date (the instant the form is about), so output is reproducible. */
  readonly createdAt: number;
  readonly layout?: "portrait" | "landscape";
}

/** A document outside the form sets (a report's "Biểu số II.06a/VPCP/KSTT"): its corner as printed. */
export interface PrintedMark {
  readonly numberLine: string;
  readonly basisLine: string;
}

function cornerOf(form: FormMark | PrintedMark): PrintedMark & { subject: string } {
  return "set" in form
    ? { numberLine: formNumberLine(form), basisLine: legalBasisLine(form), subject: formSubject(form) }
    : { ...form, subject: form.numberLine };
}

/** A new A4 document with the DejaVu fonts registered and the body font selected. */
export function createDocument(options: DocumentOptions): Doc {
  const landscape = options.layout === "landscape";
  const doc = new PDFDocument({
    size: "A4",
    layout: landscape ? "landscape" : "portrait",
    margins: landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
    bufferPages: true,
    lang: "vi-VN",
    displayTitle: true,
    info: {
      Title: clean(options.title),
      Subject: cornerOf(options.form).subject,
      Author: clean(options.author),
      Creator: "motcua",
      Producer: "motcua (pdfkit)",
      CreationDate: new Date(options.createdAt),
    },
  });
  const fonts = fontBytes();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts[name]);
  formCorner(doc, options.form);
  doc.font("regular").fontSize(BODY_SIZE).lineGap(LINE_GAP);
  return doc;
}

/**
 * "Mẫu số 06" (bold) and its legal basis (italic, small) in the top margin, right-aligned, as
 * the appendix of the circular prints them; drawn in the margin so the body does not move.
 */
function formCorner(doc: Doc, form: FormMark | PrintedMark): void {
  const corner = cornerOf(form);
  const saved = doc.page.margins.top;
  doc.page.margins.top = 0;
  const options = { width: contentWidth(doc), align: "right", lineBreak: false } as const;
  doc.font("bold").fontSize(9.5).text(corner.numberLine, left(doc), 10, options);
  doc.font("italic").fontSize(8).text(corner.basisLine, left(doc), 22, options);
  doc.page.margins.top = saved;
  doc.x = left(doc);
  doc.y = saved;
}

/** Ends the document and resolves with its bytes. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.x = left(doc);
    doc.y = doc.page.margins.top;
  }
}

/** The largest size up to `preferred` at which `text` fits `width` on one line. */
export function fittingSize(
  doc: Doc,
  font: FontName,
  text: string,
  width: number,
  preferred: number,
): number {
  doc.font(font).fontSize(preferred);
  const natural = doc.widthOfString(text);
  if (natural <= width) return preferred;
  return Math.floor(((preferred * width) / natural) * 10) / 10;
}

/** Writes centred text in a column and returns the y below it. */
function centred(doc: Doc, text: string, x: number, y: number, width: number, font: FontName, size: number) {
  doc.font(font).fontSize(size);
  doc.text(text, x, y, { width, align: "center" });
  return doc.y;
}

function rule(doc: Doc, centreX: number, y: number, length: number): void {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

export interface HeaderOptions {
  readonly agency: IssuingAgency;
  /** Under the agency: "Số: …/HDHS", "Mã hồ sơ: …", or null. */
  readonly reference: string | null;
  /** The place of the date line (province, district or commune name). */
  readonly place: string;
  /** The date of the form; null prints blanks to fill in. */
  readonly date: number | null;
  /** False for documents without a place-and-date line (a register). */
  readonly dateLine?: boolean;
}

/**
 * The header of an administrative document: on the left the superior agency (upper case) and the
 * issuing agency (bold, upper case, underlined) with the number or code; on the right the national
 * title and motto (bold, the motto underlined) and the italic place and date.
 */
export function nationalHeader(doc: Doc, options: HeaderOptions): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const leftWidth = Math.round(width * 0.42);
  const rightX = x + leftWidth;
  const rightWidth = width - leftWidth;
  const top = doc.y;

  let leftY = top;
  const superior = options.agency.superiorName ? clean(options.agency.superiorName).toUpperCase() : null;
  if (superior) leftY = centred(doc, superior, x, leftY, leftWidth, "regular", 10.5);
  leftY = centred(doc, clean(options.agency.name).toUpperCase(), x, leftY, leftWidth, "bold", 10.5);
  rule(doc, x + leftWidth / 2, leftY + 3, Math.min(70, leftWidth / 2));
  leftY += 8;
  if (options.reference) leftY = centred(doc, clean(options.reference), x, leftY, leftWidth, "regular", 10.5);

  const nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  const motto = "Độc lập - Tự do - Hạnh phúc";
  let rightY = centred(
    doc,
    nation,
    rightX,
    top,
    rightWidth,
    "bold",
    fittingSize(doc, "bold", nation, rightWidth, 11),
  );
  const mottoSize = fittingSize(doc, "bold", motto, rightWidth, 11.5);
  rightY = centred(doc, motto, rightX, rightY, rightWidth, "bold", mottoSize);
  doc.font("bold").fontSize(mottoSize);
  rule(doc, rightX + rightWidth / 2, rightY + 1, doc.widthOfString(motto));
  rightY += 10;
  if (options.dateLine !== false) {
    rightY = centred(doc, dateLine(options.place, options.date), rightX, rightY, rightWidth, "italic", 11);
  }

  doc.font("regular").fontSize(BODY_SIZE);
  doc.x = x;
  doc.y = Math.max(leftY, rightY) + 14;
}

/** The title of the form (bold, upper case, centred; within `width` from the left margin if given). */
export function title(
  doc: Doc,
  text: string,
  subtitle?: string | null,
  options: { width?: number } = {},
): void {
  const x = left(doc);
  const width = options.width ?? contentWidth(doc);
  const caption = clean(text).toUpperCase();
  doc.y = centred(doc, caption, x, doc.y, width, "bold", fittingSize(doc, "bold", caption, width, 13.5));
  if (subtitle) doc.y = centred(doc, clean(subtitle), x, doc.y + 2, width, "italic", BODY_SIZE);
  doc.font("regular").fontSize(BODY_SIZE);
  doc.x = x;
  doc.moveDown(0.8);
}

/** One centred line in one font, within `width` from the left margin (default: the full width). */
export function centredLine(
  doc: Doc,
  text: string,
  options: { font?: FontName; size?: number; width?: number } = {},
): void {
  const x = left(doc);
  doc.y = centred(
    doc,
    clean(text),
    x,
    doc.y,
    options.width ?? contentWidth(doc),
    options.font ?? "regular",
    options.size ?? BODY_SIZE,
  );
  doc.font("regular").fontSize(BODY_SIZE);
  doc.x = x;
}

export interface Span {
  readonly text: string;
  readonly font?: FontName;
}

/** A paragraph made of runs in several fonts (e.g. a bold value after a regular label). */
export function rich(
  doc: Doc,
  spans: readonly Span[],
  options: { indent?: number; align?: "left" | "justify"; size?: number; width?: number } = {},
): void {
  const x = left(doc) + (options.indent ?? 0);
  const width = (options.width ?? contentWidth(doc)) - (options.indent ?? 0);
  const size = options.size ?? BODY_SIZE;
  const parts = spans.filter((span) => span.text !== "");
  parts.forEach((span, index) => {
    doc.font(span.font ?? "regular").fontSize(size);
    const text = cleanRun(span.text);
    const continued = index < parts.length - 1;
    if (index === 0) doc.text(text, x, doc.y, { width, align: options.align ?? "left", continued });
    else doc.text(text, { continued });
  });
  doc.font("regular").fontSize(BODY_SIZE);
  doc.x = left(doc);
}

/** A line "Label: value" (the value bold when `strong`); a missing value prints as a blank. */
export function field(
  doc: Doc,
  label: string,
  value: string | null | undefined,
  options: { strong?: boolean; indent?: number } = {},
): void {
  rich(doc, [{ text: `${label}: ` }, { text: orBlank(value), font: options.strong ? "bold" : "regular" }], {
    indent: options.indent ?? 0,
  });
}

/** Plain body text (a paragraph); line breaks in `text` are kept. */
export function paragraph(
  doc: Doc,
  text: string,
  options: { font?: FontName; indent?: number; align?: "left" | "justify"; size?: number } = {},
): void {
  rich(doc, [{ text, font: options.font ?? "regular" }], options);
}

export interface SignatureBlock {
  /** e.g. NGƯỜI TIẾP NHẬN HỒ SƠ. */
  readonly title: string;
  /** Under the title, italic; default "(Ký, ghi rõ họ tên)". */
  readonly note?: string;
  /** The signer's name, printed under the space for the signature; null leaves it blank. */
  readonly name: string | null;
}

/**
 * Signature blocks side by side (one block sits on the right half, as in official documents),
 * with room to sign by hand. With `aside`, that text (e.g. "Nơi nhận") fills the left half.
 */
export function signatures(
  doc: Doc,
  blocks: readonly SignatureBlock[],
  options: { aside?: readonly Span[][] } = {},
): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const space = 56;
  ensureSpace(doc, 32 + space + 20);
  const top = doc.y + 6;
  const columns = blocks.length === 1 ? [{ block: blocks[0], x: x + width / 2, width: width / 2 }] : [];
  if (blocks.length > 1) {
    const each = width / blocks.length;
    blocks.forEach((block, index) => {
      columns.push({ block, x: x + index * each, width: each });
    });
  }
  let lowest = top;
  for (const column of columns) {
    const block = column.block as SignatureBlock;
    let y = centred(doc, clean(block.title).toUpperCase(), column.x, top, column.width, "bold", BODY_SIZE);
    y = centred(doc, block.note ?? "(Ký, ghi rõ họ tên)", column.x, y, column.width, "italic", 10.5);
    y += space;
    if (block.name) y = centred(doc, clean(block.name), column.x, y, column.width, "bold", BODY_SIZE);
    lowest = Math.max(lowest, y);
  }
  if (options.aside) {
    let y = top;
    for (const line of options.aside) {
      doc.y = y;
      rich(doc, line, { size: 10, width: width / 2 - 12 });
      y = doc.y;
    }
    lowest = Math.max(lowest, y);
  }
  doc.x = x;
  doc.y = lowest + 12;
  doc.font("regular").fontSize(BODY_SIZE);
}

/** Writes "Trang i/n" at the foot of every buffered page. */
export function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - doc.page.margins.bottom + 12;
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("italic")
      .fontSize(9)
      .text(`Trang ${index - range.start + 1}/${range.count}`, left(doc), y, {
        width: contentWidth(doc),
        align: "right",
        lineBreak: false,
      });
    doc.page.margins.bottom = saved;
  }
}

// --- Vietnamese dates, times and durations (Vietnam time, UTC+7) ---------------------------------

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

function two(value: number): string {
  return String(value).padStart(2, "0");
}

interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

function partsOf(instant: number): LocalParts {
  const dayNumber = localDayNumber(instant);
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const minuteOfDay = Math.floor(localMsOfDay(instant) / MS_PER_MINUTE);
  return {
    year,
    month,
    day,
    weekday: weekdayOf(dayNumber),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  };
}

/** "ngày 25 tháng 02 năm 2026". */
export function vnDate(instant: number): string {
  const { year, month, day } = partsOf(instant);
  return `ngày ${two(day)} tháng ${two(month)} năm ${year}`;
}

/** "Vĩnh Phúc, ngày 25 tháng 02 năm 2026" (blanks when the date is not known). */
export function dateLine(place: string, instant: number | null): string {
  const where = clean(place);
  return instant === null ? `${where}, ngày …… tháng …… năm ……` : `${where}, ${vnDate(instant)}`;
}

/** "Thứ Tư". */
export function vnWeekday(instant: number): string {
  return WEEKDAYS[partsOf(instant).weekday] as string;
}

/** "16 giờ 00". */
export function vnClock(instant: number): string {
  const { hour, minute } = partsOf(instant);
  return `${two(hour)} giờ ${two(minute)}`;
}

/** The form's wording of an instant: "09 giờ 15 phút, ngày 13 tháng 02 năm 2026". */
export function vnDateTime(instant: number): string {
  const { hour, minute } = partsOf(instant);
  return `${two(hour)} giờ ${two(minute)} phút, ${vnDate(instant)}`;
}

/** An appointment: "Thứ Tư, ngày 25 tháng 02 năm 2026, lúc 16 giờ 00". */
export function vnAppointment(instant: number): string {
  return `${vnWeekday(instant)}, ${vnDate(instant)}, lúc ${vnClock(instant)}`;
}

/** "25/02/2026". */
export function shortDate(instant: number): string {
  const { year, month, day } = partsOf(instant);
  return `${two(day)}/${two(month)}/${year}`;
}

/** "16:00 25/02/2026". */
export function shortDateTime(instant: number): string {
  const { hour, minute } = partsOf(instant);
  return `${two(hour)}:${two(minute)} ${shortDate(instant)}`;
}

/** A number the Vietnamese way: decimal comma ("1,5"). */
function vnNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** A statutory time limit in words: "10 ngày làm việc", "4 giờ làm việc", "30 ngày". */
export function durationText(duration: Duration): string {
  switch (duration.unit) {
    case "working_days":
      return `${vnNumber(duration.amount)} ngày làm việc`;
    case "half_days":
      return `${vnNumber(duration.amount / 2)} ngày làm việc`;
    case "working_hours":
      return `${vnNumber(duration.amount)} giờ làm việc`;
    case "calendar_days":
      return `${vnNumber(duration.amount)} ngày`;
  }
}
