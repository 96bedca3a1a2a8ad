import { type ControlSlipRow, controlSlipRows } from "../../../domain/dossier/queries.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import {
  agencyName,
  type DocumentContext,
  documentNotAvailable,
  FINISH_LABELS,
  officerName,
  partyName,
  procedureNameOf,
  workflowAgencies,
} from "./context.ts";
import { formSetOf } from "./form-set.ts";
import {
  BLANK,
  centredLine,
  createDocument,
  durationText,
  field,
  nationalHeader,
  paragraph,
  shortDateTime,
  title,
  toBuffer,
  vnAppointment,
  vnDateTime,
} from "./layout.ts";
import { drawTable } from "./table.ts";

/**
 * Mẫu 05 of TT 01/2018, Mẫu 06 of TT 03/2025/TT-VPCP (form-set.ts) — Phiếu kiểm soát quá trình
 * giải quyết hồ sơ: one row per hand-over
 * recorded by the system (PRC-2, `controlSlipRows`): who gave it to whom, when, and whether the
 * part handed over finished early, on time or late.
 */

export type ControlSlipContext = DocumentContext;

const FORM = "Phiếu kiểm soát quá trình giải quyết hồ sơ";

function who(name: string | null): string {
  return name ? ` – ${name}` : "";
}

function transferNote(row: ControlSlipRow): string {
  const notes: string[] = [];
  const betweenAgencies = row.giver.kind !== "one_stop" && row.receiver.kind !== "one_stop";
  if (betweenAgencies && row.giver.agencyId !== row.receiver.agencyId) notes.push("Chuyển liên thông");
  if (row.receivedAt === null) notes.push("Chưa nhận");
  if (row.due !== null) notes.push(`Hạn: ${shortDateTime(row.due)}`);
  return notes.join("\n");
}

/** The table's rows: TT, giao/nhận, times and people, result, note. */
export function controlSlipTable(dossier: Dossier, context: ControlSlipContext): string[][] {
  const rows = controlSlipRows(dossier);
  return rows.map((row, index) => {
    const received =
      row.receivedAt === null
        ? `Nhận: ${BLANK}`
        : `Nhận: ${shortDateTime(row.receivedAt)}${who(officerName(context, row.receivedBy))}`;
    return [
      String(index + 1),
      `Giao: ${partyName(dossier, context, row.giver)}\nNhận: ${partyName(dossier, context, row.receiver)}`,
      `Giao: ${shortDateTime(row.at)}${who(officerName(context, row.givenBy))}\n${received}`,
      row.outcome ? FINISH_LABELS[row.outcome] : "",
      transferNote(row),
    ];
  });
}

export async function renderControlSlip(dossier: Dossier, context: ControlSlipContext): Promise<Buffer> {
  if (dossier.receivedAt === null || !dossier.clock) {
    throw documentNotAvailable(FORM, "hồ sơ chưa được tiếp nhận chính thức.");
  }
  const receivedAt = dossier.receivedAt;
  const doc = createDocument({
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${dossier.code}`,
    form: { set: formSetOf(dossier), kind: "control_slip" },
    author: context.agency.name,
    createdAt: receivedAt,
  });
  nationalHeader(doc, { agency: context.agency, reference: null, place: context.place, date: receivedAt });
  title(doc, "Phiếu kiểm soát quá trình giải quyết hồ sơ");
  centredLine(doc, `Mã hồ sơ: ${dossier.code}`, { font: "bold", size: 12 });
  doc.moveDown(0.6);

  const applicant = dossier.applicant;
  const [lead, ...partners] = workflowAgencies(dossier);
  field(doc, "Kèm theo hồ sơ của", applicant.name, { strong: true });
  field(doc, "Nội dung yêu cầu giải quyết", procedureNameOf(dossier, context));
  field(doc, "Địa chỉ, số điện thoại", [applicant.address, applicant.phone].filter(Boolean).join("; "));
  field(doc, "Thời gian nhận hồ sơ", vnDateTime(receivedAt));
  field(doc, "Thời gian giải quyết theo quy định", durationText(dossier.procedure.processingTime));
  field(doc, "Thời gian hẹn trả kết quả", vnAppointment(dossier.clock.appointment));
  field(doc, "Cơ quan (bộ phận) giải quyết hồ sơ", lead ? agencyName(context, lead) : null);
  field(
    doc,
    "Cơ quan phối hợp giải quyết hồ sơ",
    partners.length ? partners.map((id) => agencyName(context, id)).join("; ") : "Không",
  );
  doc.moveDown(0.5);

  drawTable(doc, {
    columns: [
      { header: "TT", weight: 5, align: "center" },
      { header: "Tên cơ quan (giao, nhận hồ sơ)", weight: 35 },
      { header: "Thời gian giao, nhận hồ sơ; người giao, người nhận", weight: 30 },
      { header: "Kết quả giải quyết (trước hạn/ đúng hạn/ quá hạn)", weight: 16, align: "center" },
      { header: "Ghi chú", weight: 14 },
    ],
    rows: controlSlipTable(dossier, context),
    size: 9.5,
    empty: "Hồ sơ chưa được chuyển giao.",
  });
  paragraph(
    doc,
    "Thời gian giao, nhận do Hệ thống ghi nhận khi chuyển giao hồ sơ; kết quả là của phần việc do bên giao thực hiện, so với thời hạn của bước đó.",
    { font: "italic", size: 9.5, align: "justify" },
  );
  return toBuffer(doc);
}
