import type { Apology, Dossier } from "../../../domain/dossier/state.ts";
import {
  agencyName,
  type DocumentContext,
  documentNotAvailable,
  officerName,
  procedureNameOf,
} from "./context.ts";
import { formSetOf } from "./form-set.ts";
import {
  centredLine,
  clean,
  createDocument,
  durationText,
  nationalHeader,
  paragraph,
  rich,
  signatures,
  title,
  toBuffer,
  vnAppointment,
  vnDate,
} from "./layout.ts";

/**
 * Mẫu 04 (TT 01/2018 and TT 03/2025/TT-VPCP) — Phiếu xin lỗi và hẹn lại ngày trả kết quả (PRC-7): issued by the
 * processing agency that is late (never the one-stop), no later than one working day before the
 * statutory due, with the reason and the new appointment (set once), signed for its head. The
 * one-stop adjusts the appointment and tells the applicant.
 */

export interface ApologyContext extends DocumentContext {
  /** The letter's number ("Số: 25/XL-SXD"); a blank when absent. */
  readonly number?: string | null;
  /**
   * Head of the agency who signs; default title "Thủ trưởng cơ quan", and the issuer's name only
   * when the issuer is the agency's leader (a specialist drafts it but never signs it: blank).
   */
  readonly signer?: { readonly title?: string; readonly name?: string | null } | null;
}

/** PRC-7: Mẫu 04 is signed for the head of the processing agency, not by the officer who drafted it. */
function signerName(apology: Apology, context: ApologyContext): string | null {
  if (context.signer?.name !== undefined) return context.signer.name;
  const byLeader = apology.by.kind === "officer" && apology.by.role === "agency_leader";
  return byLeader ? officerName(context, apology.by) : null;
}

const FORM = "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)";

function apologyOf(dossier: Dossier): Apology {
  if (!dossier.apology) throw documentNotAvailable(FORM, "hồ sơ chưa có văn bản xin lỗi, hẹn lại ngày trả.");
  return dossier.apology;
}

export async function renderApology(dossier: Dossier, context: ApologyContext): Promise<Buffer> {
  const apology = apologyOf(dossier);
  const agency = clean(context.agency.name);
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const receiving = agencyName(context, dossier.receivingAgencyId);
  const doc = createDocument({
    title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${dossier.code}`,
    form: { set: formSetOf(dossier), kind: "apology" },
    author: context.agency.name,
    createdAt: apology.at,
  });
  nationalHeader(doc, {
    agency: context.agency,
    reference: `Số: ${context.number ? clean(context.number) : "……"}`,
    place: context.place,
    date: apology.at,
  });
  title(doc, "Phiếu xin lỗi và hẹn lại ngày trả kết quả");

  const applicant = dossier.applicant;
  const addressee = applicant.kind === "organization" ? applicant.name : `Ông/Bà ${clean(applicant.name)}`;
  centredLine(doc, `Kính gửi: ${addressee}`, { font: "bold" });
  doc.moveDown(0.6);
  const you = applicant.kind === "organization" ? "Quý tổ chức" : "Ông/Bà";

  rich(
    doc,
    [
      {
        text: `Ngày ${vnDate(receivedAt).replace(/^ngày /, "")}, ${clean(receiving)} tiếp nhận hồ sơ của ${you}; `,
      },
      { text: "mã hồ sơ: " },
      { text: dossier.code, font: "bold" },
      { text: "." },
    ],
    { align: "justify" },
  );
  paragraph(doc, `Nội dung yêu cầu giải quyết: ${clean(procedureNameOf(dossier, context))}.`, {
    align: "justify",
  });
  paragraph(
    doc,
    `Thời gian giải quyết theo quy định: ${durationText(dossier.procedure.processingTime)}; thời gian hẹn trả kết quả: ${vnAppointment(apology.previousDue)}.`,
    { align: "justify" },
  );
  doc.moveDown(0.3);
  rich(
    doc,
    [
      {
        text: `Tuy nhiên, đến nay ${agency} chưa giải quyết xong hồ sơ và không thể trả kết quả đúng hẹn như đã thông báo. Lý do: `,
      },
      { text: clean(apology.reason), font: "bold" },
    ],
    { align: "justify" },
  );
  doc.moveDown(0.3);
  paragraph(doc, `Sự chậm trễ này đã gây ảnh hưởng đến thời gian, công sức của ${you}.`, {
    align: "justify",
  });
  rich(
    doc,
    [
      { text: `${agency} trân trọng xin lỗi ${you} và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: ` },
      { text: vnAppointment(apology.newDue), font: "bold" },
      { text: "." },
    ],
    { align: "justify" },
  );
  doc.moveDown(0.3);
  paragraph(doc, `Rất mong nhận được sự thông cảm của ${you} vì sự chậm trễ này./.`, { align: "justify" });

  signatures(
    doc,
    [
      {
        title: context.signer?.title ?? "Thủ trưởng cơ quan",
        note: "(Ký, ghi rõ họ tên và đóng dấu)",
        name: signerName(apology, context),
      },
    ],
    {
      aside: [
        [{ text: "Nơi nhận:", font: "bold" }],
        [{ text: "- Như trên;" }],
        [{ text: `- ${clean(receiving)} (để điều chỉnh lịch hẹn);` }],
        [{ text: "- Lưu: VT." }],
      ],
    },
  );
  return toBuffer(doc);
}
