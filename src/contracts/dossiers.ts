import { z } from "zod";
import { LATE_ENTRY_KINDS } from "../domain/dossier/late-entry.ts";
import { DurationUnit } from "./calendar.ts";
import { CitizenDossierActions } from "./citizen-dossier-actions.ts";
import { CitizenFormName, DossierFormName } from "./documents.ts";
import { ExpectedVersion, noNul, optionalText, text } from "./fields.ts";
import { PdfSignature } from "./signatures.ts";

/**
 * Dossiers (hồ sơ TTHC) over HTTP: reception at the counter or by post (REC-2), online submission
 * (REC-4), one route per command of the lifecycle (src/domain/dossier), the dossier view with its
 * deadline clock and timeline, the officers' inbox (REC-3, PRC-9), the citizen's own dossiers and
 * the public lookup by code (CODE-3). Instants are ISO 8601 strings (UTC).
 *
 * Every command body carries `expectedVersion`: the version the caller saw. If the dossier moved
 * since, the answer is 409 DOSSIER_VERSION_CONFLICT and nothing changes. A POST may carry an
 * `Idempotency-Key` header: a repeat of the same request gets the first answer back.
 */

export const DossierId = z.uuid("mã hồ sơ không hợp lệ");
export const FileId = z.uuid("mã tệp không hợp lệ");
const AgencyId = z.uuid("mã cơ quan không hợp lệ");
const Money = z.number().int("số tiền phải là số nguyên đồng").min(0, "số tiền không được âm").max(1e12);
const Count = z.number().int("số bản phải là số nguyên").min(0, "số bản không được âm").max(99);
const Timestamp = z.string();
const StepIndex = z.number().int().min(0).max(200);

/** CODE-1: `<agency identifier>-<YYMMDD>-<NNNN>`, e.g. `000.00.06.H56-260213-0001`. */
export const DossierCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-\d{6}-\d{4,}$/,
    "mã hồ sơ có dạng 000.00.06.H56-260213-0001",
  );

export const DossierParams = z.object({ dossierId: DossierId });
export const DossierFileParams = z.object({ dossierId: DossierId, fileId: FileId });
export const DossierCodeParams = z.object({ code: DossierCode });

export { ExpectedVersion };

export const ApplicantKind = z.enum(["individual", "organization"]);
export const ResultDelivery = z.enum(["counter", "post", "electronic"]);
export type ResultDelivery = z.infer<typeof ResultDelivery>;
export const Channel = z.enum(["counter", "post", "online"]);

export const Applicant = z.strictObject({
  kind: ApplicantKind,
  name: text(200),
  /** Personal ID (CCCD, 12 digits) or the enterprise code of an organization. */
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,20}$/, "số định danh hoặc mã số doanh nghiệp không hợp lệ")
    .nullable()
    .default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{6,20}$/, "số điện thoại không hợp lệ")
    .nullable()
    .default(null),
  email: z.email("thư điện tử không hợp lệ").max(200).nullable().default(null),
  address: text(500).nullable().default(null),
});
export type Applicant = z.infer<typeof Applicant>;

/** One component (thành phần hồ sơ) of the procedure received, by its position in the catalog. */
export const ReceivedComponent = z.strictObject({
  index: z.number().int().min(0).max(99),
  originals: Count.default(0),
  certifiedCopies: Count.default(0),
  photocopies: Count.default(0),
  /** A scan uploaded first (`POST /api/files`). */
  fileId: FileId.nullable().default(null),
  /** The original was shown for comparison ("bản chính xuất trình để đối chiếu") and handed back. */
  shownForComparison: z.boolean().default(false),
});
export type ReceivedComponent = z.infer<typeof ReceivedComponent>;

/**
 * REC-2: what the officer decided at the counter. (a) not competent and (b) incomplete create
 * no dossier (the answer is the slip to print: guidance, or Mẫu 02); (c) refused creates a dossier
 * refused at reception (Mẫu 03); (d) complete creates the received dossier (Mẫu 01).
 */
const MissingItems = z.array(text(1000)).min(1, "liệt kê ít nhất một giấy tờ còn thiếu").max(50);

export const ReceptionOutcome = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("complete") }),
  z.strictObject({ kind: z.literal("refused"), reason: text(2000) }),
  z.strictObject({
    kind: z.literal("not_competent"),
    guidance: text(2000),
    competentAgency: text(300).nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal("incomplete"),
    reason: text(2000),
    missingItems: MissingItems,
  }),
]);

/**
 * SEC-4 / REC-6: a dossier received on paper during an outage (`outage`) or off-site (`off_site`:
 * mobile reception, on-site inspection), entered afterwards with the real reception time (neither
 * in the future nor more than 30 days back). The code's date, the clock and the appointment run
 * from that time; the history keeps who entered it and when.
 */
export const LateEntry = z.strictObject({
  receivedAt: z.iso.datetime({ offset: true, error: "thời điểm tiếp nhận thực tế không hợp lệ" }),
  kind: z.enum(LATE_ENTRY_KINDS, "chọn lý do nhập bù"),
});

/** `POST /api/dossiers`: reception at the counter or by post (REC-2, CODE-1). */
export const ReceiveDossierRequest = z.strictObject({
  /** The receiving agency (the one the procedure is filed with); its identifier starts the code. */
  agencyId: AgencyId,
  procedureId: z.uuid("mã thủ tục không hợp lệ"),
  channel: z.enum(["counter", "post"]),
  applicant: Applicant,
  components: z.array(ReceivedComponent).max(100).default([]),
  /** The e-form data, when the procedure has a published e-form (checked on the server). */
  formData: z.record(z.string(), z.unknown()).nullable().default(null),
  resultDelivery: ResultDelivery,
  outcome: ReceptionOutcome,
  feesDue: Money.default(0),
  feesPaid: Money.default(0),
  /** CAN-1: entered for testing, under this testing assignment. */
  test: z
    .strictObject({ assignmentRef: text(300) })
    .nullable()
    .default(null),
  /** SEC-4 / REC-6: entered afterwards with the real reception time. */
  lateEntry: LateEntry.nullable().default(null),
});
export type ReceiveDossierRequest = z.infer<typeof ReceiveDossierRequest>;

/**
 * `POST /api/counter-slips/mau-02`: the Mẫu 02 of a dossier found incomplete at the counter or by
 * post (REC-2 b): no dossier is created; the slip lists everything missing, at once.
 */
export const CounterSupplementSlipRequest = z.strictObject({
  agencyId: AgencyId,
  procedureId: z.uuid("mã thủ tục không hợp lệ"),
  applicant: Applicant,
  reason: text(2000),
  missingItems: MissingItems,
});
export type CounterSupplementSlipRequest = z.infer<typeof CounterSupplementSlipRequest>;

/** `POST /api/citizen/dossiers`: online submission by the signed-in applicant (REC-4). */
export const SubmitOnlineRequest = z.strictObject({
  agencyId: AgencyId,
  procedureId: z.uuid("mã thủ tục không hợp lệ"),
  formData: z.record(z.string(), z.unknown()),
  /** Each required component uploaded (`POST /api/citizen/files`). */
  components: z
    .array(z.strictObject({ index: z.number().int().min(0).max(99), fileId: FileId }))
    .max(100)
    .default([]),
  resultDelivery: ResultDelivery,
  // REC-4: no `signed` flag — where the procedure requires a digital signature, the server checks
  // the signatures of the uploaded PDFs (stored_file.signature), never a box the browser ticks.
});
export type SubmitOnlineRequest = z.infer<typeof SubmitOnlineRequest>;

// ----------------------------------------------------------------------------- commands

const withVersion = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ expectedVersion: ExpectedVersion, ...shape });
const items = z.array(text(1000)).min(1, "liệt kê ít nhất một nội dung").max(50);

/**
 * The body of each command route `POST /api/dossiers/:dossierId/<command-with-dashes>`, and the
 * label of its button. File references are ids of files uploaded first (`POST /api/files`).
 */
export const DOSSIER_COMMANDS = {
  accept_online: { label: "Tiếp nhận hồ sơ trực tuyến", body: withVersion({}) },
  request_online_supplement: {
    label: "Yêu cầu bổ sung trước khi tiếp nhận",
    body: withVersion({ reason: text(2000), items }),
  },
  refuse_reception: { label: "Từ chối tiếp nhận", body: withVersion({ reason: text(2000) }) },
  declare_not_competent: {
    label: "Không thuộc thẩm quyền",
    body: withVersion({ guidance: text(2000), competentAgency: optionalText(300) }),
  },
  receive_supplement: {
    label: "Nhận hồ sơ bổ sung",
    body: withVersion({
      documents: items,
      note: optionalText(2000),
      fileIds: z.array(FileId).max(50).default([]),
    }),
  },
  hand_over: { label: "Chuyển xử lý", body: withVersion({ toStep: StepIndex.nullable().optional() }) },
  assign: {
    label: "Phân công xử lý",
    body: withVersion({
      officerId: z.uuid("mã cán bộ không hợp lệ"),
      unitId: AgencyId.nullable().optional(),
    }),
  },
  transfer: { label: "Chuyển liên thông", body: withVersion({ toStep: StepIndex.nullable().optional() }) },
  accept_transfer: { label: "Nhận hồ sơ liên thông", body: withVersion({}) },
  request_consultation: {
    label: "Xin ý kiến",
    body: withVersion({
      toAgencyId: AgencyId.nullable().optional(),
      toName: text(300),
      subject: text(2000),
      requestFileId: FileId,
    }),
  },
  record_consultation_answer: {
    label: "Ghi nhận ý kiến trả lời",
    body: withVersion({ consultationId: z.uuid(), answerFileId: FileId }),
  },
  return_for_supplement: {
    label: "Trả hồ sơ để bổ sung",
    body: withVersion({ reason: text(2000), items }),
  },
  request_correction: {
    label: "Yêu cầu sửa đổi, bổ sung",
    body: withVersion({ reason: text(2000), items }),
  },
  pause: {
    label: "Tạm dừng",
    body: withVersion({
      reason: z.enum(["land_financial_obligation", "fees", "awaiting_superior"]),
      proofFileId: FileId,
      feeAmount: Money.nullable().optional(),
    }),
  },
  resume: { label: "Tiếp tục xử lý", body: withVersion({ proofFileId: FileId.nullable().optional() }) },
  issue_apology: {
    label: "Xin lỗi, hẹn lại ngày trả kết quả",
    body: withVersion({ reason: text(2000), newDue: z.iso.datetime({ offset: true }) }),
  },
  confirm_new_appointment: { label: "Xác nhận ngày hẹn mới", body: withVersion({}) },
  record_lateness_reason: { label: "Ghi lý do quá hạn", body: withVersion({ reason: text(2000) }) },
  record_payment: {
    label: "Ghi nhận nộp phí, lệ phí",
    body: withVersion({ amount: Money.min(1), reference: text(200) }),
  },
  submit_for_approval: { label: "Trình lãnh đạo phê duyệt", body: withVersion({}) },
  approve: { label: "Phê duyệt", body: withVersion({ note: optionalText(2000) }) },
  send_back: {
    label: "Trả lại để xử lý lại",
    body: withVersion({ reason: text(2000), toStep: StepIndex.nullable().optional() }),
  },
  upload_result: {
    label: "Tải lên kết quả",
    body: withVersion({ documentNumber: text(100), fileId: FileId }),
  },
  send_result: { label: "Chuyển kết quả về Bộ phận Một cửa", body: withVersion({}) },
  confirm_result: {
    label: "Xác nhận đã nhận kết quả",
    body: withVersion({ latenessReason: optionalText(2000) }),
  },
  flag_result_error: { label: "Báo kết quả có sai sót", body: withVersion({ description: text(2000) }) },
  correct_result: {
    label: "Đính chính kết quả",
    body: withVersion({ documentNumber: text(100), fileId: FileId, reason: text(2000) }),
  },
  return_result: {
    label: "Trả kết quả",
    body: withVersion({ method: ResultDelivery.nullable().optional(), reference: optionalText(200) }),
  },
  refuse_after_review: {
    label: "Từ chối giải quyết",
    body: withVersion({ reason: text(2000), latenessReason: optionalText(2000) }),
  },
  request_withdrawal: {
    label: "Nhận đơn rút hồ sơ",
    body: withVersion({ reason: text(2000), letterFileId: FileId }),
  },
  forward_withdrawal: { label: "Chuyển yêu cầu rút hồ sơ", body: withVersion({}) },
  allow_withdrawal: { label: "Đồng ý cho rút hồ sơ", body: withVersion({ papersBack: z.boolean() }) },
  reject_withdrawal: { label: "Không đồng ý rút hồ sơ", body: withVersion({ reason: text(2000) }) },
  send_papers_back: { label: "Chuyển trả hồ sơ về Bộ phận Một cửa", body: withVersion({}) },
  end_withdrawal: { label: "Kết thúc rút hồ sơ", body: withVersion({}) },
  request_cancellation: {
    label: "Đề nghị hủy hồ sơ",
    body: withVersion({
      ground: z.enum(["test", "duplicate", "wrong_procedure"]),
      reason: text(2000),
      testingAssignmentRef: optionalText(300),
      duplicateCodes: z.array(DossierCode).max(50).default([]),
    }),
  },
  approve_cancellation: { label: "Đồng ý hủy hồ sơ", body: withVersion({}) },
  reject_cancellation: { label: "Không đồng ý hủy hồ sơ", body: withVersion({ reason: text(2000) }) },
} as const;

export type DossierCommandType = keyof typeof DOSSIER_COMMANDS;
export type DossierCommandBody<T extends DossierCommandType> = z.infer<(typeof DOSSIER_COMMANDS)[T]["body"]>;

/** `accept_online` → `/api/dossiers/:dossierId/accept-online`. */
export function dossierCommandPath(type: DossierCommandType, dossierId = ":dossierId"): string {
  return `/api/dossiers/${dossierId}/${type.replaceAll("_", "-")}`;
}

// ------------------------------------------------------------------------- the dossier view

export const AgencyRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type AgencyRef = z.infer<typeof AgencyRef>;

const Duration = z.object({ amount: z.number(), unit: DurationUnit });
export const TimeClass = z.enum(["ok", "due_soon", "overdue", "none"]);
export type TimeClass = z.infer<typeof TimeClass>;
const FinishClass = z.enum(["early", "on_time", "late"]);

export const EventActor = z.object({
  kind: z.enum(["officer", "applicant", "system"]),
  id: z.string(),
  name: z.string().nullable(),
  role: z.string().nullable(),
  roleLabel: z.string().nullable(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
});
export type EventActor = z.infer<typeof EventActor>;

/**
 * One piece of an event's detail, as data: the web words it in the reader's language. Texts typed
 * by people (reasons, guidance, names) are kept as typed.
 */
export const TimelineFact = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("toStep"), step: z.string() }),
  z.object({ kind: z.literal("documentNumber"), number: z.string() }),
  z.object({ kind: z.literal("finish"), outcome: FinishClass }),
  z.object({ kind: z.literal("amount"), amount: z.number() }),
  z.object({
    kind: z.literal("pauseReason"),
    reason: z.enum(["land_financial_obligation", "fees", "awaiting_superior"]),
  }),
  z.object({ kind: z.literal("lateEntry"), entry: z.enum(["outage", "off_site"]), receivedAt: Timestamp }),
]);
export type TimelineFact = z.infer<typeof TimelineFact>;

export const TimelineEntry = z.object({
  version: z.number().int(),
  type: z.string(),
  /** What happened, as a key the web translates (the event type, or `reception_refused_at_counter`). */
  labelKey: z.string(),
  /** The same in Vietnamese ("Tiếp nhận hồ sơ", "Chuyển xử lý"…). */
  label: z.string(),
  rule: z.string(),
  at: Timestamp,
  actor: EventActor,
  /** A short detail (reason, step, document number), as facts; empty when there is none. */
  facts: z.array(TimelineFact),
  /**
   * PRC-2: for a hand-over (a step finished), whether that step finished early, on time or late
   * against its own duration (as on Mẫu 05), and the due it was measured against; null otherwise.
   */
  handOver: z.object({ outcome: FinishClass.nullable(), due: Timestamp.nullable() }).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const AllowedCommand = z.object({
  command: z.string(),
  label: z.string(),
  method: z.literal("POST"),
  path: z.string(),
});
export type AllowedCommand = z.infer<typeof AllowedCommand>;

export const DossierClock = z.object({
  /** not_started (online, before acceptance), running, paused, stopped (returned for supplement), ended. */
  phase: z.enum(["not_started", "running", "paused", "stopped", "ended"]),
  /** The statutory due (while paused: as if resumed now); an apology never moves it (PRC-7). */
  due: Timestamp.nullable(),
  /** The appointment given to the applicant (Mẫu 01, or the new date of Mẫu 04). */
  appointment: Timestamp.nullable(),
  /** PRC-7: an apology set a new appointment (a late finish is "late with an apology"). */
  apologised: z.boolean(),
  /** Working minutes left (negative: overdue); null when the clock does not count. */
  remainingMinutes: z.number().nullable(),
  /** Working minutes in a working day of the receiving agency's calendar (to show days, CAL-1). */
  minutesPerDay: z.number(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  timeClass: TimeClass,
  finish: z
    .object({ at: Timestamp, kind: z.enum(["result", "refusal"]), due: Timestamp, outcome: FinishClass })
    .nullable(),
});

export const SubDeadlineView = z.object({
  kind: z.string(),
  label: z.string(),
  rule: z.string(),
  nature: z.enum(["duty", "limit"]),
  from: Timestamp,
  due: Timestamp,
  closedAt: Timestamp.nullable(),
  outcome: z.enum(["met", "late", "lapsed"]).nullable(),
  /** An open duty past its due. */
  overdue: z.boolean(),
});

export const AttachmentView = z.object({
  purpose: z.string(),
  componentIndex: z.number().int().nullable(),
  name: z.string().nullable(),
  originals: z.number().int(),
  certifiedCopies: z.number().int(),
  photocopies: z.number().int(),
  file: z
    .object({
      id: z.string(),
      mime: z.string(),
      size: z.number().int(),
      name: z.string().nullable(),
      /** REC-4: a PDF's digital signature as checked at upload; null when it has none. */
      signature: PdfSignature.nullable(),
    })
    .nullable(),
  /** REC-2: the original was shown at the counter for comparison and handed back. */
  shownForComparison: z.boolean(),
  /** The dossier version of the event that brought it. */
  version: z.number().int(),
});

export const WorkflowStepView = z.object({
  index: z.number().int(),
  name: z.string(),
  agencyId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  role: z.string(),
  roleLabel: z.string(),
  duration: Duration,
  next: z.array(z.number().int()),
  current: z.boolean(),
});

export const DossierView = z.object({
  id: z.string(),
  code: z.string(),
  /** REC-10: the national dossier code (MaHoSoQG) of a dossier submitted on the national portal. */
  nationalCode: z.string().nullable(),
  version: z.number().int(),
  status: z.string(),
  statusLabel: z.string(),
  /** INT-1: the national portal's status code (1–10); null for a cancelled dossier. */
  nationalStatusCode: z.number().int().nullable(),
  channel: Channel,
  isTest: z.boolean(),
  receivingAgency: AgencyRef,
  processingAgency: AgencyRef.nullable(),
  procedure: z.object({
    id: z.string(),
    version: z.number().int(),
    code: z.string().nullable(),
    name: z.string(),
    processingTime: Duration,
    /** CAL-8: a same-day procedure's cut-off `HH:MM` (its time reads "Trong ngày", never "0 ngày"). */
    sameDayCutoff: z.string().nullable(),
  }),
  workflow: z.object({ id: z.string(), version: z.number().int(), steps: z.array(WorkflowStepView) }),
  applicant: z.object({
    kind: ApplicantKind,
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  resultDelivery: ResultDelivery,
  submittedAt: Timestamp,
  receivedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  clock: DossierClock,
  step: z
    .object({
      index: z.number().int(),
      name: z.string(),
      unitId: z.string(),
      unitName: z.string().nullable(),
      assigneeId: z.string().nullable(),
      assigneeName: z.string().nullable(),
      due: Timestamp,
      remainingMinutes: z.number(),
      overdue: z.boolean(),
    })
    .nullable(),
  subDeadlines: z.array(SubDeadlineView),
  attachments: z.array(AttachmentView),
  form: z.object({ version: z.number().int(), data: z.record(z.string(), z.unknown()) }).nullable(),
  supplementRequests: z.array(
    z.object({
      kind: z.string(),
      rule: z.string(),
      at: Timestamp,
      reason: z.string(),
      items: z.array(z.string()),
      fulfilledAt: Timestamp.nullable(),
    }),
  ),
  consultations: z.array(
    z.object({
      id: z.string(),
      toName: z.string(),
      subject: z.string(),
      requestFileId: z.string(),
      requestedAt: Timestamp,
      answerFileId: z.string().nullable(),
      answeredAt: Timestamp.nullable(),
    }),
  ),
  result: z
    .object({
      documentNumber: z.string(),
      fileId: z.string(),
      uploadedAt: Timestamp,
      sentAt: Timestamp.nullable(),
      error: z.object({ description: z.string(), at: Timestamp }).nullable(),
      corrections: z.number().int(),
    })
    .nullable(),
  refusal: z.object({ stage: z.string(), rule: z.string(), reason: z.string(), at: Timestamp }).nullable(),
  delivery: z.object({ method: ResultDelivery, at: Timestamp, reference: z.string().nullable() }).nullable(),
  fees: z.object({ due: z.number().int(), paid: z.number().int() }),
  timeline: z.array(TimelineEntry),
  /** PRC-7: the system's warnings that the dossier was due soon, one per due date. */
  lateWarnings: z.array(z.object({ at: Timestamp, due: Timestamp })),
  /** The printable forms that apply now (`GET /api/dossiers/:id/forms/:form`); print buttons only for these. */
  forms: z.array(DossierFormName),
  /** The commands the caller may issue now (the workspace shows only these buttons). */
  allowedCommands: z.array(AllowedCommand),
  /** House rule 3: the hash chain of this dossier's events, checked while reading them. */
  integrity: z.object({
    intact: z.boolean(),
    events: z.number().int(),
    brokenAtVersion: z.number().int().nullable(),
  }),
});
export type DossierView = z.infer<typeof DossierView>;

/** PRC-9: the officers who may be assigned the dossier's current step (`GET /api/dossiers/:id/assignees`). */
export const DossierAssignees = z.object({
  officers: z.array(z.object({ id: z.string(), fullName: z.string(), username: z.string() })),
});
export type DossierAssignees = z.infer<typeof DossierAssignees>;

/** REC-2 (a)/(b): the slip printed instead of creating a dossier. */
export const CounterSlip = z.object({
  kind: z.enum(["not_competent", "incomplete"]),
  rule: z.literal("REC-2"),
  /** Mẫu 02 for an incomplete dossier. */
  form: z.literal("mau_02").nullable(),
  at: Timestamp,
  agency: AgencyRef,
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  applicantName: z.string(),
  guidance: z.string().nullable(),
  competentAgency: z.string().nullable(),
  reason: z.string().nullable(),
  missingItems: z.array(z.string()),
});
export type CounterSlip = z.infer<typeof CounterSlip>;

export const ReceptionResult = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("dossier"), dossier: DossierView }),
  z.object({ kind: z.literal("slip"), slip: CounterSlip }),
]);
export type ReceptionResult = z.infer<typeof ReceptionResult>;

// ------------------------------------------------------------------------------ the inbox

export const INBOX_BOXES = [
  "to_receive",
  "to_process",
  "to_approve",
  "to_return",
  "overdue",
  "due_soon",
] as const;
export const InboxBox = z.enum(INBOX_BOXES);
export type InboxBox = z.infer<typeof InboxBox>;

export const InboxQuery = z.object({
  box: InboxBox,
  /** `due` (default, nearest first), `received` (newest first), `code`. */
  sort: z.enum(["due", "received", "code"]).default("due"),
  /** Words that the code, the applicant or the procedure must all contain (diacritics ignored). */
  q: z.string().trim().max(100, "từ khóa tìm kiếm không được dài quá 100 ký tự").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxRow = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  procedure: z.object({ code: z.string().nullable(), name: z.string() }),
  applicantName: z.string(),
  channel: Channel,
  status: z.string(),
  statusLabel: z.string(),
  receivedAt: Timestamp.nullable(),
  /** The due the holder works against (REC-3 acceptance due before acceptance). */
  due: Timestamp.nullable(),
  remainingMinutes: z.number().nullable(),
  timeClass: TimeClass,
  /** Working minutes in a working day of the receiving agency's calendar (to show days, CAL-1). */
  minutesPerDay: z.number(),
  /** REC-3: the 8 working hours to accept an online dossier, with a warning before they end. */
  acceptance: z
    .object({ due: Timestamp, remainingMinutes: z.number(), warning: z.boolean(), late: z.boolean() })
    .nullable(),
  step: z.object({ index: z.number().int(), name: z.string(), assigneeId: z.string().nullable() }).nullable(),
  /** PRC-7: when the system warned that the due in force is near (null: not warned for it). */
  warnedAt: Timestamp.nullable(),
  /** WDR-2..4, CAN-2: the dossier's open sub-deadlines past their due (the row is in "overdue"). */
  overdueSubDeadlines: z.array(
    z.object({ kind: z.string(), label: z.string(), rule: z.string(), due: Timestamp }),
  ),
});
export type InboxRow = z.infer<typeof InboxRow>;

export const InboxPage = z.object({
  box: InboxBox,
  items: z.array(InboxRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type InboxPage = z.infer<typeof InboxPage>;

export const InboxCounts = z.object({
  counts: z.object({
    to_receive: z.number().int(),
    to_process: z.number().int(),
    to_approve: z.number().int(),
    to_return: z.number().int(),
    overdue: z.number().int(),
    due_soon: z.number().int(),
  }),
});
export type InboxCounts = z.infer<typeof InboxCounts>;

// ------------------------------------------------------------------- citizens and the public

export const CitizenDossierSummary = z.object({
  id: z.string(),
  code: z.string(),
  procedure: z.object({ code: z.string().nullable(), name: z.string() }),
  agency: AgencyRef,
  channel: Channel,
  status: z.string(),
  statusLabel: z.string(),
  submittedAt: Timestamp,
  receivedAt: Timestamp.nullable(),
  appointment: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
});
export type CitizenDossierSummary = z.infer<typeof CitizenDossierSummary>;

export const CitizenDossierListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const CitizenDossierList = z.object({
  items: z.array(CitizenDossierSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type CitizenDossierList = z.infer<typeof CitizenDossierList>;

export const CitizenDossierView = CitizenDossierSummary.extend({
  version: z.number().int(),
  clock: DossierClock,
  supplementRequests: DossierView.shape.supplementRequests,
  refusal: DossierView.shape.refusal,
  result: z.object({ documentNumber: z.string(), fileId: z.string().nullable() }).nullable(),
  delivery: DossierView.shape.delivery,
  attachments: z.array(AttachmentView),
  timeline: z.array(z.object({ version: z.number().int(), label: z.string(), at: Timestamp })),
  /** The forms the citizen may download now (`GET /api/citizen/dossiers/:id/forms/:form`). */
  forms: z.array(CitizenFormName),
  /** REC-8, WDR-1: the open supplement to answer online, whether a withdrawal can be asked, the withdrawals. */
  ...CitizenDossierActions,
});
export type CitizenDossierView = z.infer<typeof CitizenDossierView>;

/** CODE-3: what anyone with the code may see; personal data masked, no ID number. */
export const PublicDossierLookup = z.object({
  code: z.string(),
  /** REC-10: the national dossier code of a dossier submitted on the national portal. */
  nationalCode: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  nationalStatusCode: z.number().int().nullable(),
  procedure: z.object({ code: z.string().nullable(), name: z.string() }),
  agency: z.object({ code: z.string(), name: z.string() }),
  /** "Nguyễn V*** A*" for a person; an organization's name in full. */
  applicantName: z.string(),
  submittedAt: Timestamp,
  receivedAt: Timestamp.nullable(),
  appointment: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  /** CAL-9 / PAU-3, computed by the server: finished on time or late; open, within the limit or overdue. */
  timeliness: z.enum(["on_time", "late", "in_time", "overdue"]).nullable(),
});
export type PublicDossierLookup = z.infer<typeof PublicDossierLookup>;

export const StoredFileInfo = z.object({
  id: z.string(),
  mime: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  size: z.number().int(),
  sha256: z.string(),
  name: z.string().nullable(),
  /** REC-4: a PDF's digital signature as checked at upload; null when it has none (or an image). */
  signature: PdfSignature.nullable().optional(),
});
export type StoredFileInfo = z.infer<typeof StoredFileInfo>;

export const FileUploadQuery = z.object({
  /** The original file name, for people (optional). */
  name: z.string().trim().normalize("NFC").min(1).max(255).refine(noNul).optional(),
});
