import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import {
  type ApplicantSnapshot,
  NATIONAL_PORTAL_JOB,
  type ReceiveFromPortalCommand,
  type ResultDelivery,
  system,
} from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { Db } from "../../db/database.ts";
import type { PortalSubmissionRow, PortalSubmissionSource } from "../../db/schema/portal-intake.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { getPublishedVersion } from "../catalog/get-procedure-version.ts";
import type { Clock } from "../dossiers/clock.ts";
import {
  checkComponents,
  checkFormData,
  createDossier,
  eFormRefOf,
  procedureInput,
  requireOfferedProcedure,
  requireWorkflowInForce,
} from "../dossiers/new-dossier-input.ts";
import {
  type HoSoNopTrucTuyen,
  type PortalResultDelivery,
  parsePortalDate,
} from "../national-portal/wire.ts";
import { deleteFetchedFiles, fetchSubmittedFiles } from "./fetch-submitted-files.ts";
import { IntakeRefusal } from "./intake-refusal.ts";
import { parseSubmission, recordablePayload, submissionKey } from "./submission.ts";

export interface IntakeSettings {
  /** NATIONAL_CODE_PATTERN: the format of the national dossier code (TT 04/2025). */
  readonly nationalCodePattern: RegExp;
  /** Each file is abandoned after this long (NATIONAL_PORTAL_TIMEOUT_MS). */
  readonly fileTimeoutMs: number;
  /** Where an unexpected failure is reported (the submission is parked all the same). */
  readonly log: { error(object: unknown, message: string): void };
}

/** What became of a submission: the same answer for every delivery of it. */
export type IntakeOutcome =
  | {
      readonly status: "received";
      readonly key: string;
      readonly dossierId: string;
      readonly dossierCode: string;
    }
  | { readonly status: "parked"; readonly key: string; readonly reasonCode: string; readonly reason: string }
  | { readonly status: "discarded"; readonly key: string; readonly reason: string }
  /** Another delivery is still processing it. */
  | { readonly status: "pending"; readonly key: string };

/** How long a delivery holds a submission it processes (a crashed one is taken over after it). */
const CLAIM_SECONDS = 15 * 60;
/** How long a delivery waits for another that processes the same submission, then answers `pending`. */
const WAIT_FOR_OTHER_MS = 20_000;
const WAIT_STEP_MS = 100;

const RESULT_DELIVERY: Readonly<Record<PortalResultDelivery, ResultDelivery>> = {
  1: "counter",
  2: "post",
  3: "electronic",
};

/** The stable intake codes of the refusals of the checks shared with online submission. */
const REFUSAL_CODES: Readonly<Record<string, string>> = {
  PROCEDURE_NOT_OFFERED: "INTAKE_PROCEDURE_NOT_OFFERED",
  WORKFLOW_NOT_APPROVED: "INTAKE_NO_WORKFLOW",
  EFORM_REQUIRED: "INTAKE_FORM_INVALID",
  FORM_DATA_INVALID: "INTAKE_FORM_INVALID",
  FORM_NOT_PUBLISHED: "INTAKE_FORM_INVALID",
  COMPONENT_UNKNOWN: "INTAKE_COMPONENT_UNKNOWN",
  COMPONENTS_MISSING: "INTAKE_COMPONENTS_MISSING",
  SIGNATURE_REQUIRED: "INTAKE_SIGNATURE_MISSING",
};

/**
 * REC-10: a submission of the national portal (pushed or polled) becomes one online dossier,
 * however often it is delivered. It is recorded first, as received, under its national code
 * (INSERT … ON CONFLICT DO NOTHING), so nothing acknowledged is lost; a delivery of a code already
 * recorded only answers what became of it. Then it is checked (shape, national code, agency,
 * procedure offered there with a workflow in force, e-form, components), its files fetched and
 * checked like uploads, and the dossier created (`receive_from_portal`: REC-3's 8 working hours
 * from now) in one transaction with the submission marked received. Anything refused parks the
 * submission with a stable code and a Vietnamese reason, and deletes the files fetched for it.
 */
export async function receivePortalSubmission(
  db: Db,
  clock: Clock,
  settings: IntakeSettings,
  body: unknown,
  source: PortalSubmissionSource,
): Promise<IntakeOutcome> {
  const key = submissionKey(body);
  const now = new Date(clock());
  noteAudit({ objectType: "portal_submission", objectId: key, detail: { source } });
  await db
    .insertInto("portal_submission")
    .values({
      national_code: key,
      payload: recordablePayload(body),
      source,
      received_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("national_code").doNothing())
    .execute();
  const outcome = await processPortalSubmission(db, clock, settings, key);
  noteAudit({ detail: auditOf(outcome) });
  return outcome;
}

/** Deliveries in progress in this process, so that concurrent ones of a code share one run. */
const inProcess = new Map<string, Promise<IntakeOutcome>>();

/**
 * Processes a recorded submission that is `pending` (new, or queued again by an administrator),
 * or answers what became of it. One delivery at a time holds it (`claimed_until`); the others wait
 * for its outcome.
 */
export function processPortalSubmission(
  db: Db,
  clock: Clock,
  settings: IntakeSettings,
  key: string,
): Promise<IntakeOutcome> {
  const running = inProcess.get(key);
  if (running) return running;
  const work = settle(db, clock, settings, key).finally(() => inProcess.delete(key));
  inProcess.set(key, work);
  return work;
}

async function settle(db: Db, clock: Clock, settings: IntakeSettings, key: string): Promise<IntakeOutcome> {
  const waitUntil = Date.now() + WAIT_FOR_OTHER_MS;
  for (;;) {
    const claimed = await db
      .updateTable("portal_submission")
      .set({
        claimed_until: sql<Date>`now() + make_interval(secs => ${CLAIM_SECONDS})`,
        attempts: sql<number>`attempts + 1`,
      })
      .where("national_code", "=", key)
      .where("status", "=", "pending")
      .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", sql<Date>`now()`)]))
      .returning("payload")
      .executeTakeFirst();
    if (claimed) return processClaimed(db, clock, settings, key, claimed.payload);
    const outcome = await outcomeOf(db, key);
    if (outcome.status !== "pending" || Date.now() > waitUntil) return outcome;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}

async function processClaimed(
  db: Db,
  clock: Clock,
  settings: IntakeSettings,
  key: string,
  payload: unknown,
): Promise<IntakeOutcome> {
  const now = clock();
  let fileIds: string[] = [];
  try {
    const checked = await checkSubmission(db, settings, payload, now);
    const files = await fetchSubmittedFiles(db, checked.submission.TaiLieuNop, settings.fileTimeoutMs);
    fileIds = [...files.values()];
    await createFromSubmission(db, key, checked, files, now);
  } catch (error) {
    await deleteFetchedFiles(db, fileIds);
    await park(db, key, refusalOf(error, settings), now);
  }
  return outcomeOf(db, key);
}

type Checked = Awaited<ReturnType<typeof checkSubmission>>;

/** REC-10 (b): everything that can be checked before fetching a file. */
async function checkSubmission(db: Db, settings: IntakeSettings, payload: unknown, now: number) {
  const submission = parseSubmission(payload);
  if (!settings.nationalCodePattern.test(submission.MaHoSoQG)) {
    throw new IntakeRefusal(
      "INTAKE_BAD_NATIONAL_CODE",
      `Mã hồ sơ quốc gia "${submission.MaHoSoQG}" không đúng định dạng quy định (TT 04/2025/TT-VPCP).`,
    );
  }
  const agency = await db
    .selectFrom("agency")
    .select(["id", "code", "name"])
    .where("code", "=", submission.MaCoQuan)
    .executeTakeFirst();
  if (!agency) {
    throw new IntakeRefusal(
      "INTAKE_UNKNOWN_AGENCY",
      `Không có cơ quan mã định danh "${submission.MaCoQuan}" trong hệ thống.`,
    );
  }
  const published = await getPublishedVersion(db, submission.MaTTHC);
  if (!published) {
    throw new IntakeRefusal(
      "INTAKE_UNKNOWN_PROCEDURE",
      `Không có thủ tục mã "${submission.MaTTHC}" đang được công bố trong hệ thống.`,
    );
  }
  const procedure = await requireOfferedProcedure(db, published.procedureId, agency.id);
  if (procedure.serviceLevel === "information_only") {
    throw new IntakeRefusal(
      "INTAKE_ONLINE_NOT_OFFERED",
      "Thủ tục này chỉ cung cấp thông tin, không tiếp nhận hồ sơ trực tuyến.",
    );
  }
  const { attachments, documents } = checkComponents(
    procedure,
    submission.TaiLieuNop.map((file) => ({
      index: Number(file.MaThanhPhanHoSo) - 1,
      originals: 0,
      certifiedCopies: 0,
      photocopies: 0,
      fileId: file.MaThanhPhanHoSo,
    })),
    { rule: "REC-10", online: true },
  );
  const form = await checkFormData(db, procedure.procedureId, submission.DuLieuBieuMau, true, now);
  if (!form) throw new Error("a required e-form came back empty");
  const workflow = await requireWorkflowInForce(db, procedure.procedureId, agency.id, now);
  return { submission, agency, procedure, attachments, documents, form, workflow };
}

/** REC-10 (d): the dossier and the submission marked received, in one transaction. */
async function createFromSubmission(
  db: Db,
  key: string,
  checked: Checked,
  files: ReadonlyMap<string, string>,
  now: number,
): Promise<void> {
  const { submission, agency, procedure, form, workflow } = checked;
  const fileOf = (index: number | null) => (index === null ? null : (files.get(String(index + 1)) ?? null));
  const { calendar } = await loadWorkingCalendar(db, agency.id);
  const dossierId = randomUUID();
  await createDossier(db, {
    agency,
    calendar,
    now,
    idempotency: null,
    viewerOfficerId: null,
    procedure,
    workflow,
    form,
    attachments: checked.attachments.map((a) => ({ ...a, fileId: fileOf(a.componentIndex) })),
    receptionOfficeId: null,
    nationalCode: submission.MaHoSoQG,
    command: (code) => commandOf(checked, dossierId, code),
    answer: async () => null,
    alsoInTransaction: async (trx, id) => {
      const marked = await trx
        .updateTable("portal_submission")
        .set({ status: "received", dossier_id: id, claimed_until: null, updated_at: new Date(now) })
        .where("national_code", "=", key)
        .where("status", "=", "pending")
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1)
        throw new Error(`portal submission ${key} is no longer pending`);
    },
  });
}

function commandOf(checked: Checked, dossierId: string, code: string): ReceiveFromPortalCommand {
  const { submission, agency, procedure, form, workflow, documents } = checked;
  return {
    type: "receive_from_portal",
    actor: system(NATIONAL_PORTAL_JOB),
    dossierId,
    code,
    receivingAgency: { id: agency.id, identifier: agency.code },
    procedure: procedureInput(procedure),
    workflow: workflow.input,
    applicant: applicantOf(submission),
    resultDelivery: RESULT_DELIVERY[submission.HinhThucNhanKetQua],
    documents,
    feesDue: sum(submission.DanhSachLePhi.map((fee) => fee.Gia)),
    feesPaid: sum(submission.DanhSachLePhi.filter((fee) => fee.DaThanhToan === 1).map((fee) => fee.Gia)),
    eFormRef: eFormRefOf(procedure.procedureId, form),
    signed: submission.DaKySo === 1,
    portal: {
      nationalCode: submission.MaHoSoQG,
      portalAccountId: submission.MaDoiTuong,
      verifiedWithVneid: submission.TaiKhoanDuocXacThucVoiVNeID === 1,
      submittedOnPortalAt: parsePortalDate(submission.NgayNopHoSo),
    },
  };
}

/** LoaiDoiTuong 1 is a citizen; enterprises, agencies and other organizations are organizations. */
function applicantOf(submission: HoSoNopTrucTuyen): ApplicantSnapshot {
  return {
    kind: submission.LoaiDoiTuong === 1 ? "individual" : "organization",
    name: submission.ChuHoSo,
    idNumber: submission.SoGiayToChuHoSo || null,
    phone: submission.SoDienThoai || null,
    email: submission.Email || null,
    address: submission.DiaChi || null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The refusal to park with; an unexpected failure is reported and parked as INTAKE_FAILED. */
function refusalOf(error: unknown, settings: IntakeSettings): IntakeRefusal {
  if (error instanceof IntakeRefusal) return error;
  if (error instanceof AppError)
    return new IntakeRefusal(REFUSAL_CODES[error.code] ?? `INTAKE_${error.code}`, error.detail);
  if (error instanceof DomainError) {
    const listed = (error.details?.errors as { path?: string; message?: string }[] | undefined) ?? [];
    const details = listed.slice(0, 5).map((e) => `${e.path ?? ""}: ${e.message ?? ""}`);
    const reason = details.length ? `${error.message} (${details.join("; ")})` : error.message;
    return new IntakeRefusal(REFUSAL_CODES[error.code] ?? `INTAKE_${error.code}`, reason);
  }
  settings.log.error({ err: error }, "national portal submission failed unexpectedly");
  return new IntakeRefusal(
    "INTAKE_FAILED",
    "Lỗi hệ thống khi tiếp nhận hồ sơ; quản trị viên có thể cho tiếp nhận lại.",
  );
}

async function park(db: Db, key: string, refusal: IntakeRefusal, now: number): Promise<void> {
  await db
    .updateTable("portal_submission")
    .set({
      status: "parked",
      reason_code: refusal.code,
      reason: refusal.reason,
      claimed_until: null,
      updated_at: new Date(now),
    })
    .where("national_code", "=", key)
    .where("status", "=", "pending")
    .execute();
}

/** What became of the submission recorded under `key`. */
export async function outcomeOf(db: Db, key: string): Promise<IntakeOutcome> {
  const row = await db
    .selectFrom("portal_submission as s")
    .leftJoin("dossier as d", "d.id", "s.dossier_id")
    .select(["s.status", "s.reason_code", "s.reason", "s.discard_reason", "s.dossier_id", "d.code"])
    .where("s.national_code", "=", key)
    .executeTakeFirst();
  if (!row)
    throw new AppError(404, "PORTAL_SUBMISSION_NOT_FOUND", "Không tìm thấy hồ sơ nhận từ Cổng DVCQG này.");
  return outcomeOfRow(key, row);
}

function outcomeOfRow(
  key: string,
  row: Pick<PortalSubmissionRow, "status" | "reason_code" | "reason" | "discard_reason" | "dossier_id"> & {
    code: string | null;
  },
): IntakeOutcome {
  switch (row.status) {
    case "received":
      return { status: "received", key, dossierId: row.dossier_id ?? "", dossierCode: row.code ?? "" };
    case "parked":
      return { status: "parked", key, reasonCode: row.reason_code ?? "", reason: row.reason ?? "" };
    case "discarded":
      return { status: "discarded", key, reason: row.discard_reason ?? "" };
    default:
      return { status: "pending", key };
  }
}

function auditOf(outcome: IntakeOutcome): Record<string, unknown> {
  switch (outcome.status) {
    case "received":
      return { outcome: "received", dossierCode: outcome.dossierCode };
    case "parked":
      return { outcome: "parked", reasonCode: outcome.reasonCode };
    default:
      return { outcome: outcome.status };
  }
}
