import type { Dossier, Refusal } from "../../../domain/dossier/state.ts";
import { type DocumentContext, documentNotAvailable, officerName, procedureNameOf } from "./context.ts";
import { formSetOf } from "./form-set.ts";
import {
  BLANK,
  clean,
  createDocument,
  field,
  nationalHeader,
  paragraph,
  rich,
  type SignatureBlock,
  shortDate,
  signatures,
  title,
  toBuffer,
  vnDateTime,
} from "./layout.ts";

/**
 * Mẫu 03 (TT 01/2018 and TT 03/2025/TT-VPCP) — Phiếu từ chối tiếp nhận giải quyết hồ sơ: at reception (REC-2 c,
 * REC-3), after review, or for fees left unpaid (PAU-2), always with the specific reason.
 */

export interface RefusalContext extends DocumentContext {
  /** The slip's number; a blank when absent. */
  readonly number?: string | null;
  /** Who signs for the agency; default: the officer who refused, titled by the stage. */
  readonly signer?: { readonly title?: string; readonly name?: string | null } | null;
}

const FORM = "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)";

function refusalOf(dossier: Dossier): Refusal {
  if (!dossier.refusal) throw documentNotAvailable(FORM, "hồ sơ không bị từ chối tiếp nhận, giải quyết.");
  return dossier.refusal;
}

function statement(agency: string, refusal: Refusal): string {
  switch (refusal.stage) {
    case "reception":
      return `Qua xem xét, ${agency} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`;
    case "review":
      return `Qua thẩm định, xem xét hồ sơ, ${agency} thông báo không giải quyết hồ sơ này với lý do cụ thể như sau:`;
    case "unpaid_fees":
      return `${agency} thông báo dừng giải quyết hồ sơ này kể từ ngày ${shortDate(refusal.effectiveAt)} với lý do cụ thể như sau:`;
  }
}

export async function renderRefusal(dossier: Dossier, context: RefusalContext): Promise<Buffer> {
  const refusal = refusalOf(dossier);
  const agency = clean(context.agency.name);
  const doc = createDocument({
    title: `Phiếu từ chối tiếp nhận giải quyết hồ sơ ${dossier.code}`,
    form: { set: formSetOf(dossier), kind: "refusal" },
    author: context.agency.name,
    createdAt: refusal.effectiveAt,
  });
  nationalHeader(doc, {
    agency: context.agency,
    reference: `Số: ${context.number ? clean(context.number) : "……"}`,
    place: context.place,
    date: refusal.effectiveAt,
  });
  title(doc, "Phiếu từ chối tiếp nhận giải quyết hồ sơ");

  const applicant = dossier.applicant;
  paragraph(doc, `${agency} tiếp nhận hồ sơ của:`);
  field(doc, applicant.kind === "organization" ? "Tổ chức" : "Ông/Bà", applicant.name, { strong: true });
  field(doc, "Mã hồ sơ", dossier.code, { strong: true });
  field(doc, "Địa chỉ", applicant.address);
  rich(doc, [
    { text: "Số điện thoại: " },
    { text: applicant.phone ?? BLANK },
    { text: "; Email: " },
    { text: applicant.email ?? BLANK },
  ]);
  field(doc, "Nội dung yêu cầu giải quyết", procedureNameOf(dossier, context));
  field(doc, "Thời gian nộp hồ sơ", vnDateTime(dossier.receivedAt ?? dossier.submittedAt));
  doc.moveDown(0.5);
  paragraph(doc, statement(agency, refusal), { align: "justify" });
  paragraph(doc, clean(refusal.reason), { font: "bold", indent: 14, align: "justify" });
  doc.moveDown(0.4);
  paragraph(doc, "Xin thông báo để Ông/Bà được biết và thực hiện./.");

  const officer = context.signer?.name ?? officerName(context, refusal.by);
  const atCounter = refusal.stage === "reception" && dossier.channel !== "online";
  const blocks: SignatureBlock[] = atCounter
    ? [
        { title: "Người nộp hồ sơ", name: applicant.name },
        { title: context.signer?.title ?? "Người tiếp nhận hồ sơ", name: officer },
      ]
    : [
        {
          title:
            context.signer?.title ??
            (refusal.stage === "reception" ? "Người tiếp nhận hồ sơ" : "Thủ trưởng cơ quan giải quyết"),
          name: officer,
        },
      ];
  signatures(doc, blocks);
  return toBuffer(doc);
}
