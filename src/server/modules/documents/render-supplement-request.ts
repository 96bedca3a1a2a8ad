import type { CounterSlip } from "../../../domain/dossier/reception-outcome.ts";
import type {
  ApplicantSnapshot,
  Dossier,
  SupplementRequest,
  SupplementRequestKind,
} from "../../../domain/dossier/state.ts";
import { type DocumentContext, documentNotAvailable, officerName, procedureNameOf } from "./context.ts";
import { type FormSet, formSetAt, formSetOf } from "./form-set.ts";
import {
  BLANK,
  clean,
  createDocument,
  field,
  nationalHeader,
  paragraph,
  rich,
  signatures,
  title,
  toBuffer,
  vnDateTime,
} from "./layout.ts";

/**
 * Mẫu 02 (TT 01/2018 and TT 03/2025/TT-VPCP) — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the reason and the full
 * list of what to add, given at once (REC-2 b at the counter, REC-3 online before acceptance,
 * PRC-5 after review, PRC-6 correction).
 */

export interface SupplementRequestContext extends DocumentContext {
  /** The number of the slip ("Số: 12/HDHS"); a blank to fill in when absent. */
  readonly number?: string | null;
  /** The officer who guides the applicant and signs; default: the officer who asked. */
  readonly guideName?: string | null;
  /** Which of the dossier's requests (index in `supplementRequests`); default: the latest. */
  readonly requestIndex?: number;
}

/** What the slip says, from a dossier's request or from a counter slip (no dossier). */
interface SupplementSheet {
  readonly applicant: ApplicantSnapshot;
  readonly code: string | null;
  readonly procedureName: string;
  readonly receivedAt: number | null;
  readonly kind: SupplementRequestKind | "counter";
  readonly reason: string;
  readonly items: readonly string[];
  readonly at: number;
  readonly guideName: string | null;
  /** The dossier's set (form-set.ts); at the counter, the set in force when the slip is given. */
  readonly set: FormSet;
}

const FORM = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)";

/** What follows from the request, by its kind. */
const CONSEQUENCES: Readonly<Record<SupplementSheet["kind"], string>> = {
  counter:
    "Hồ sơ chưa được tiếp nhận. Khi nộp lại hồ sơ đã bổ sung đầy đủ các nội dung trên, hồ sơ sẽ được tiếp nhận và hẹn ngày trả kết quả.",
  reception:
    "Hồ sơ nộp trực tuyến chưa được tiếp nhận. Sau khi bổ sung đầy đủ các nội dung trên (mã hồ sơ giữ nguyên), hồ sơ sẽ được tiếp nhận và hẹn ngày trả kết quả.",
  return:
    "Thời gian giải quyết hồ sơ được tính lại từ đầu kể từ khi nhận đủ hồ sơ đã bổ sung, hoàn thiện (mã hồ sơ giữ nguyên).",
  correction:
    "Thời gian giải quyết hồ sơ tạm dừng cho đến khi nhận được hồ sơ đã sửa đổi, bổ sung (mã hồ sơ giữ nguyên).",
};

function requestOf(dossier: Dossier, index: number | undefined): SupplementRequest {
  const requests = dossier.supplementRequests;
  const request = index === undefined ? requests[requests.length - 1] : requests[index];
  if (!request) throw documentNotAvailable(FORM, "hồ sơ không có yêu cầu bổ sung, hoàn thiện nào.");
  return request;
}

export async function renderSupplementRequest(
  dossier: Dossier,
  context: SupplementRequestContext,
): Promise<Buffer> {
  const request = requestOf(dossier, context.requestIndex);
  return renderSheet(
    {
      applicant: dossier.applicant,
      code: dossier.code,
      procedureName: procedureNameOf(dossier, context),
      receivedAt: dossier.receivedAt,
      kind: request.kind,
      reason: request.reason,
      items: request.items,
      at: request.at,
      guideName: context.guideName ?? officerName(context, request.by),
      set: formSetOf(dossier),
    },
    context,
  );
}

/** REC-2 (b) at the counter or by post: no dossier exists; the slip validated by `counterSlip`. */
export async function renderCounterSupplementRequest(
  slip: Extract<CounterSlip, { kind: "incomplete" }>,
  filing: { readonly applicant: ApplicantSnapshot; readonly procedureName: string },
  context: SupplementRequestContext,
): Promise<Buffer> {
  return renderSheet(
    {
      applicant: filing.applicant,
      code: null,
      procedureName: filing.procedureName,
      receivedAt: null,
      kind: "counter",
      reason: slip.reason,
      items: slip.missingItems,
      at: slip.at,
      guideName: context.guideName ?? officerName(context, slip.by),
      set: formSetAt(slip.at),
    },
    context,
  );
}

async function renderSheet(sheet: SupplementSheet, context: SupplementRequestContext): Promise<Buffer> {
  const doc = createDocument({
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ${sheet.code ? ` ${sheet.code}` : ""}`,
    form: { set: sheet.set, kind: "supplement_request" },
    author: context.agency.name,
    createdAt: sheet.at,
  });
  const number = context.number ? clean(context.number) : "……";
  nationalHeader(doc, {
    agency: context.agency,
    reference: `Số: ${number}/HDHS`,
    place: context.place,
    date: sheet.at,
  });
  title(doc, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");

  const applicant = sheet.applicant;
  field(doc, "Hồ sơ của", applicant.name, { strong: true });
  if (sheet.code) field(doc, "Mã hồ sơ", sheet.code, { strong: true });
  field(doc, "Nội dung yêu cầu giải quyết", sheet.procedureName);
  field(doc, "Địa chỉ", applicant.address);
  rich(doc, [
    { text: "Số điện thoại: " },
    { text: applicant.phone ?? BLANK },
    { text: "; Email: " },
    { text: applicant.email ?? BLANK },
  ]);
  if (sheet.receivedAt !== null) field(doc, "Thời gian tiếp nhận hồ sơ", vnDateTime(sheet.receivedAt));
  doc.moveDown(0.5);

  paragraph(doc, "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", { font: "bold" });
  sheet.items.forEach((item, index) => {
    paragraph(doc, `${index + 1}. ${clean(item)}`, { indent: 14 });
  });
  doc.moveDown(0.3);
  rich(doc, [{ text: "Lý do: ", font: "bold" }, { text: clean(sheet.reason) }], { align: "justify" });
  doc.moveDown(0.3);
  paragraph(doc, CONSEQUENCES[sheet.kind], { font: "italic", align: "justify" });
  doc.moveDown(0.3);
  const guide = sheet.guideName ? clean(sheet.guideName) : BLANK;
  const phone = context.agency.phone ? clean(context.agency.phone) : BLANK;
  paragraph(
    doc,
    `Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với ${guide}, số điện thoại ${phone} để được hướng dẫn./.`,
    { align: "justify" },
  );

  signatures(doc, [{ title: "Người hướng dẫn", name: sheet.guideName }]);
  return toBuffer(doc);
}
