import type { ClockEvent } from "../../../domain/deadline/clock-state.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { agencyName, type DocumentContext, documentNotAvailable, procedureNameOf } from "./context.ts";
import { formSetOf } from "./form-set.ts";
import {
  BLANK,
  centredLine,
  clean,
  contentWidth,
  createDocument,
  type Doc,
  durationText,
  field,
  fittingSize,
  left,
  nationalHeader,
  paragraph,
  rich,
  signatures,
  title,
  toBuffer,
  vnAppointment,
  vnDateTime,
} from "./layout.ts";
import { drawQr, lookupPage, lookupUrl } from "./qr.ts";
import { drawTable } from "./table.ts";

/**
 * Mẫu 01 (TT 01/2018 and TT 03/2025/TT-VPCP) — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (REC-2 d): who filed
 * what, the papers received with their counts, when it was received, the appointment, where to
 * collect the result, and a QR code that opens the public lookup of the dossier (CODE-3).
 */

/** A paper received (thành phần hồ sơ) and how many copies of each kind. */
export interface ReceivedComponent {
  readonly name: string;
  readonly originals: number;
  readonly certifiedCopies: number;
  readonly photocopies: number;
  /** REC-2: its original was shown for comparison and handed back. */
  readonly shownForComparison?: boolean;
}

const SHOWN_FOR_COMPARISON = "bản chính đã xuất trình để đối chiếu và trả lại";

export interface ReceiptContext extends DocumentContext {
  /** The public site, e.g. `https://dichvucong.vinhphuc.gov.vn`; the QR opens `<base>/tra-cuu?ma=<code>`. */
  readonly lookupBaseUrl: string;
  /** The papers received; without them the dossier's document names are listed with no counts. */
  readonly components?: readonly ReceivedComponent[];
  /** Số lượng hồ sơ (bộ); default 1. */
  readonly sets?: number;
  /** The one-stop officer who received the dossier (signs the receipt). */
  readonly receivedBy?: string | null;
  /** Where the result is collected; default from the dossier's chosen delivery (REC-7). */
  readonly resultPlace?: string | null;
  /** The tracking book entry (Mẫu 06): volume and running number. */
  readonly trackingBook?: { readonly volume: string; readonly number: number } | null;
}

const FORM = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)";

type CountingStart = Extract<ClockEvent, { type: "start" | "restart" }>;

/** The reception the appointment was issued for: the start, or the restart after a supplement (PRC-5). */
function countingStart(dossier: Dossier): CountingStart {
  const start = dossier.clock?.history.findLast(
    (event): event is CountingStart => event.type === "start" || event.type === "restart",
  );
  if (!start || dossier.receivedAt === null) {
    throw documentNotAvailable(FORM, "hồ sơ chưa được tiếp nhận chính thức.");
  }
  return start;
}

function count(value: number): string {
  return value > 0 ? String(value).padStart(2, "0") : "";
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** REC-7: where the applicant gets the result. */
export function defaultResultPlace(dossier: Dossier, context: ReceiptContext): string {
  switch (dossier.resultDelivery) {
    case "counter": {
      const address = context.agency.address ? `, ${clean(context.agency.address)}` : "";
      return `${clean(context.agency.name)}${address}`;
    }
    case "post":
      return `Qua dịch vụ bưu chính công ích, đến địa chỉ: ${clean(dossier.applicant.address ?? BLANK)}`;
    case "electronic":
      return `Trực tuyến, trên Cổng Dịch vụ công (${lookupPage(context.lookupBaseUrl).replace(/\/tra-cuu$/, "")}) và Kho quản lý dữ liệu điện tử của tổ chức, cá nhân`;
  }
}

function componentRows(dossier: Dossier, context: ReceiptContext): string[][] {
  if (context.components) {
    return context.components.map((component, index) => [
      String(index + 1),
      component.shownForComparison ? `${component.name} (${SHOWN_FOR_COMPARISON})` : component.name,
      count(component.originals),
      count(component.certifiedCopies),
      count(component.photocopies),
    ]);
  }
  return dossier.documents.map((name, index) => [String(index + 1), name, "", "", ""]);
}

/**
 * The title band: the title and the code on the left, and on the right the QR code of the public
 * lookup with the code printed under it (CODE-3).
 */
function lookupBand(doc: Doc, code: string, baseUrl: string): void {
  const side = 78;
  const aside = 112;
  const x = left(doc);
  const width = contentWidth(doc) - aside;
  const top = doc.y;
  drawQr(doc, lookupUrl(baseUrl, code), x + width + (aside - side) / 2, top - 8, side);
  doc
    .font("bold")
    .fontSize(fittingSize(doc, "bold", code, aside, 7))
    .text(code, x + width, top - 8 + side, { width: aside, align: "center", lineBreak: false });
  doc.x = x;
  doc.y = top + 4;
  title(doc, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", null, { width });
  centredLine(doc, `Mã hồ sơ: ${code}`, { font: "bold", size: 12, width });
  centredLine(doc, `Tra cứu: quét mã QR hoặc truy cập ${lookupPage(baseUrl)}`, {
    font: "italic",
    size: 9,
    width,
  });
  doc.y = Math.max(doc.y, top - 8 + side + 10) + 8;
}

export async function renderReceipt(dossier: Dossier, context: ReceiptContext): Promise<Buffer> {
  const start = countingStart(dossier);
  const receivedAt = dossier.receivedAt as number;
  const applicant = dossier.applicant;
  const doc = createDocument({
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${dossier.code}`,
    form: { set: formSetOf(dossier), kind: "receipt" },
    author: context.agency.name,
    createdAt: receivedAt,
  });

  nationalHeader(doc, { agency: context.agency, reference: null, place: context.place, date: receivedAt });
  lookupBand(doc, dossier.code, context.lookupBaseUrl);

  paragraph(doc, `${clean(context.agency.name)} tiếp nhận hồ sơ của:`);
  field(doc, applicant.kind === "organization" ? "Tổ chức" : "Ông/Bà", applicant.name, { strong: true });
  if (applicant.idNumber) {
    field(
      doc,
      applicant.kind === "organization" ? "Mã số doanh nghiệp/tổ chức" : "Số định danh cá nhân",
      applicant.idNumber,
    );
  }
  field(doc, "Địa chỉ", applicant.address);
  rich(doc, [
    { text: "Số điện thoại: " },
    { text: applicant.phone ?? BLANK },
    { text: "; Email: " },
    { text: applicant.email ?? BLANK },
  ]);
  const code = dossier.procedure.code ? ` (mã thủ tục ${dossier.procedure.code})` : "";
  field(doc, "Nội dung yêu cầu giải quyết", `${procedureNameOf(dossier, context)}${code}`);
  if (context.receptionOffice) {
    field(doc, "Cơ quan có thẩm quyền giải quyết", agencyName(context, dossier.receivingAgencyId));
  }
  doc.moveDown(0.4);

  paragraph(doc, "1. Thành phần hồ sơ nộp gồm:");
  doc.moveDown(0.2);
  drawTable(doc, {
    columns: [
      { header: "TT", weight: 5, align: "center" },
      { header: "Tên giấy tờ", weight: 46 },
      { header: "Bản chính", weight: 10, align: "center" },
      { header: "Bản sao chứng thực", weight: 16, align: "center" },
      { header: "Bản photo", weight: 10, align: "center" },
    ],
    rows: componentRows(dossier, context),
    empty: "(Hồ sơ điện tử: các thành phần nộp trực tuyến)",
  });
  const sets = context.sets ?? 1;
  paragraph(doc, `2. Số lượng hồ sơ: ${pad2(sets)} bộ.`);
  paragraph(
    doc,
    `3. Thời gian giải quyết hồ sơ theo quy định: ${durationText(dossier.procedure.processingTime)}.`,
  );
  paragraph(doc, `4. Thời gian nhận hồ sơ: ${vnDateTime(receivedAt)}.`);
  if (start.type === "restart") {
    paragraph(
      doc,
      `Hồ sơ bổ sung đầy đủ nhận lúc ${vnDateTime(start.at)}; thời gian giải quyết được tính lại từ thời điểm này.`,
      { indent: 14, font: "italic" },
    );
  }
  rich(doc, [
    { text: "5. Thời gian trả kết quả giải quyết hồ sơ: " },
    { text: vnAppointment(start.appointment), font: "bold" },
    { text: "." },
  ]);
  const extension = dossier.clock?.extension;
  if (extension && extension.at >= start.at) {
    paragraph(
      doc,
      `Ngày hẹn trả đã được điều chỉnh theo Phiếu xin lỗi và hẹn lại ngày trả kết quả: ${vnAppointment(extension.newDue)}.`,
      { indent: 14, font: "italic" },
    );
  }
  field(doc, "6. Đăng ký nhận kết quả tại", context.resultPlace ?? defaultResultPlace(dossier, context));
  if (context.trackingBook) {
    paragraph(
      doc,
      `Vào Sổ theo dõi hồ sơ, Quyển số: ${clean(context.trackingBook.volume)}, Số thứ tự: ${context.trackingBook.number}.`,
    );
  }
  if (context.agency.phone) field(doc, "Số điện thoại liên hệ", context.agency.phone);
  doc.moveDown(0.2);
  paragraph(
    doc,
    "Kết quả có thể được trả trước ngày hẹn; khi có kết quả, tổ chức, cá nhân sẽ được thông báo. Khi đến nhận kết quả, xin mang theo giấy này; người nhận thay phải có giấy ủy quyền.",
    { font: "italic", size: 10, align: "justify" },
  );

  signatures(doc, [
    { title: "Người nộp hồ sơ", name: applicant.name },
    { title: "Người tiếp nhận hồ sơ", name: context.receivedBy ?? null },
  ]);

  return toBuffer(doc);
}
