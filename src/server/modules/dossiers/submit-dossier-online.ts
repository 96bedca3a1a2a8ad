import { randomUUID } from "node:crypto";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { CitizenDossierView, SubmitOnlineRequest } from "../../../contracts/dossiers.ts";
import {
  type ApplicantSnapshot,
  applicant,
  type SubmitOnlineCommand,
  type SubmittedSignature,
} from "../../../domain/dossier/index.ts";
import { DomainError } from "../../../domain/errors.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.ts";
import { discardSubmittedDraft } from "../online-drafts/discard-draft.ts";
import { getCitizenDossier } from "./citizen-dossiers.ts";
import type { Clock } from "./clock.ts";
import type { IdempotencyKey } from "./idempotency.ts";
import {
  checkComponents,
  checkFormData,
  createDossier,
  eFormRefOf,
  procedureInput,
  requireOfferedProcedure,
  requireReceivingAgency,
  requireWorkflowInForce,
} from "./new-dossier-input.ts";
import { requireOwnFiles } from "./store-file.ts";

/**
 * REC-4: the signed-in applicant (e-ID, ACC-3) submits online: the published e-form checked on
 * the server, every required component uploaded, the digital signature where required (a valid
 * signature over a whole uploaded PDF, verified at upload: `stored_file.signature`). The
 * dossier waits in `awaiting_acceptance`; REC-3's 8 working hours start now. The applicant's
 * identity comes from the e-ID, never from the request. The e-form data is kept with the dossier;
 * its SHA-256 is in the event (`eFormRef`), so the hash chain covers it.
 */
export async function submitDossierOnline(
  db: Db,
  clock: Clock,
  citizen: CitizenProfile,
  request: SubmitOnlineRequest,
  idempotency: IdempotencyKey | null,
): Promise<CitizenDossierView> {
  const agency = await requireReceivingAgency(db, request.agencyId);
  const procedure = await requireOfferedProcedure(db, request.procedureId, agency.id);
  if (procedure.serviceLevel === "information_only") {
    throw new DomainError(
      "ONLINE_NOT_OFFERED",
      "Thủ tục này chỉ cung cấp thông tin, không nộp hồ sơ trực tuyến.",
      {
        rule: "REC-4",
      },
    );
  }
  const now = clock();
  const { attachments, documents } = checkComponents(
    procedure,
    request.components.map((c) => ({ ...c, originals: 0, certifiedCopies: 0, photocopies: 0 })),
    { rule: "REC-4", online: true },
  );
  await requireOwnFiles(
    db,
    attachments.flatMap((a) => (a.fileId ? [a.fileId] : [])),
    `citizen:${citizen.id}`,
  );
  const signature = await signatureOf(
    db,
    attachments.flatMap((a) => (a.fileId ? [a.fileId] : [])),
    procedure.digitalSignatureRequired,
  );
  const form = await checkFormData(db, procedure.procedureId, request.formData, true, now);
  if (!form) throw new Error("a required e-form came back empty");
  const workflow = await requireWorkflowInForce(db, procedure.procedureId, agency.id, now);
  const { calendar } = await loadWorkingCalendar(db, agency.id);
  const dossierId = randomUUID();
  const answer = await createDossier(db, {
    agency,
    calendar,
    now,
    idempotency,
    viewerOfficerId: null,
    procedure,
    workflow,
    form,
    attachments,
    receptionOfficeId: null,
    command: (code): SubmitOnlineCommand => ({
      type: "submit_online",
      actor: applicant(citizen.id),
      dossierId,
      code,
      receivingAgency: { id: agency.id, identifier: agency.code },
      procedure: procedureInput(procedure),
      workflow: workflow.input,
      applicant: applicantOf(citizen),
      resultDelivery: request.resultDelivery,
      documents,
      eFormRef: eFormRefOf(procedure.procedureId, form),
      signature,
    }),
    answer: (trx, id) => getCitizenDossier(trx, citizen, id, now),
  });
  // Issue #14: the draft of this submission goes once the dossier is made, so it never resumes.
  await discardSubmittedDraft(db, citizen.id, procedure.procedureId);
  return answer as CitizenDossierView;
}

/**
 * REC-4: the first uploaded component whose digital signature verified over the whole file, as
 * the event records it; 422 SIGNATURE_REQUIRED when the procedure requires one and none has it.
 */
async function signatureOf(
  db: Db,
  fileIds: readonly string[],
  required: boolean,
): Promise<SubmittedSignature | null> {
  const rows =
    fileIds.length === 0
      ? []
      : await db.selectFrom("stored_file").select(["id", "signature"]).where("id", "in", fileIds).execute();
  for (const id of fileIds) {
    const found = rows.find((r) => r.id === id)?.signature;
    if (found?.valid && found.coversWholeDocument && found.signer) {
      return { fileId: id, commonName: found.signer.commonName, issuer: found.signer.issuer };
    }
  }
  if (!required) return null;
  throw new AppError(
    422,
    "SIGNATURE_REQUIRED",
    "Thủ tục này yêu cầu ký số: hãy tải lên ít nhất một thành phần hồ sơ là tệp PDF đã được ký số " +
      "bằng chữ ký số hợp lệ (chữ ký phủ toàn bộ tệp, không bị sửa sau khi ký), rồi nộp lại.",
  );
}

/** ACC-3: the identity data of the e-ID stands for the applicant's papers. */
function applicantOf(citizen: CitizenProfile): ApplicantSnapshot {
  if (citizen.organization) {
    return {
      kind: "organization",
      name: citizen.organization.name,
      idNumber: citizen.organization.taxCode,
      phone: citizen.phone,
      email: citizen.email,
      address: citizen.address,
    };
  }
  return {
    kind: "individual",
    name: citizen.fullName,
    idNumber: citizen.identityNumber,
    phone: citizen.phone,
    email: citizen.email,
    address: citizen.address,
  };
}
