import type { PaymentMethod } from "../../../contracts/payments.ts";
import type { IssuingAgency } from "../documents/context.ts";
import {
  centredLine,
  contentWidth,
  createDocument,
  field,
  left,
  nationalHeader,
  signatures,
  title,
  toBuffer,
  vnDateTime,
} from "../documents/layout.ts";
import { drawQr, lookupUrl } from "../documents/qr.ts";
import { amountInWords } from "./amount-in-words.ts";

/** Everything printed on an electronic receipt; the caller loads it, the renderer does no I/O. */
export interface ReceiptFacts {
  readonly agency: IssuingAgency;
  readonly place: string;
  readonly receiptNumber: string;
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly payerName: string;
  readonly amount: number;
  readonly method: PaymentMethod;
  readonly reference: string;
  readonly paidAt: number;
  /** PAY-3: the part not credited to the fees, to be refunded (0 for most receipts). */
  readonly refundable: number;
  /** PUBLIC_URL: the QR opens the public lookup of the dossier. */
  readonly lookupBaseUrl: string;
}

export const METHOD_WORDS: Readonly<Record<PaymentMethod, string>> = {
  online: "Trực tuyến qua Nền tảng thanh toán",
  counter: "Nộp trực tiếp tại Bộ phận Một cửa",
  post: "Nộp qua dịch vụ bưu chính công ích",
  transfer: "Chuyển khoản vào tài khoản của cơ quan",
};

const groupedDigits = (amount: number) => amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * PAY-1: the electronic receipt (biên lai điện tử) of one payment: the agency, payer, dossier code
 * (PAY-2) and procedure, the amount in figures and in words, the method, the receipt number, the
 * date, and a QR code opening the dossier's public lookup.
 */
export async function renderReceipt(facts: ReceiptFacts): Promise<Buffer> {
  const doc = createDocument({
    title: `Biên lai thu phí, lệ phí ${facts.receiptNumber}`,
    form: { numberLine: "Biên lai điện tử", basisLine: "Nghị định 11/2020/NĐ-CP" },
    author: facts.agency.name,
    createdAt: facts.paidAt,
  });
  nationalHeader(doc, {
    agency: facts.agency,
    reference: `Số: ${facts.receiptNumber}`,
    place: facts.place,
    date: facts.paidAt,
  });
  title(doc, "Biên lai thu phí, lệ phí", "(Biên lai điện tử)");
  field(doc, "Người nộp tiền", facts.payerName, { strong: true });
  field(doc, "Mã hồ sơ", facts.dossierCode, { strong: true });
  field(doc, "Thủ tục hành chính", facts.procedureName);
  field(doc, "Số tiền", `${groupedDigits(facts.amount)} đồng`, { strong: true });
  field(doc, "Số tiền bằng chữ", amountInWords(facts.amount));
  field(doc, "Hình thức nộp", METHOD_WORDS[facts.method]);
  field(doc, "Số chứng từ, giao dịch", facts.reference);
  field(doc, "Thời điểm nộp", vnDateTime(facts.paidAt));
  if (facts.refundable > 0)
    field(doc, "Số tiền nộp thừa, sẽ được hoàn trả", `${groupedDigits(facts.refundable)} đồng`, {
      strong: true,
    });
  const url = lookupUrl(facts.lookupBaseUrl, facts.dossierCode);
  const side = 84;
  const top = doc.y + 6;
  drawQr(doc, url, left(doc), top, side);
  doc.y = top + side + 2;
  centredLine(doc, "Quét mã để tra cứu hồ sơ", { width: side, font: "italic", size: 8 });
  doc.y = top;
  signatures(doc, [{ title: "Đơn vị thu tiền", note: "(Biên lai điện tử, không cần ký)", name: null }]);
  doc.y = Math.max(doc.y, top + side + 16);
  doc.x = left(doc);
  doc.fontSize(9).text(`Tra cứu: ${url}`, left(doc), doc.y, { width: contentWidth(doc) });
  return toBuffer(doc);
}
