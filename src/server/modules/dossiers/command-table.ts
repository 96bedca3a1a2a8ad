import { randomUUID } from "node:crypto";
import {
  DOSSIER_COMMANDS,
  type DossierCommandBody,
  type DossierCommandType,
} from "../../../contracts/dossiers.ts";
import type { Dossier } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { AttachmentPurpose } from "../../db/schema/dossiers.ts";
import { AppError } from "../../http/problem.ts";
import type { Permission } from "../identity/permissions.ts";
import { ancestorsOrSelf, officerHoldsRoleOver } from "../identity/scope.ts";
import { checkDuplicateCodes } from "./check-duplicate-codes.ts";

/**
 * Each command route: the permission that opens it (the outer gate, PRC-9), how its body becomes
 * the lifecycle's command, and the files it attaches. The lifecycle then decides (its guards,
 * limits and payload rules). `fee_timeout` and `warn_running_late` are the jobs' (system), not
 * routes.
 */
interface CommandSpec<T extends DossierCommandType> {
  permission: Permission;
  toCommand(body: DossierCommandBody<T>): Record<string, unknown>;
  files?(body: DossierCommandBody<T>): { fileId: string; purpose: AttachmentPurpose }[];
  /** Checks against the database that the lifecycle cannot make (e.g. who may be assigned). */
  check?(db: Db, dossier: Dossier, body: DossierCommandBody<T>): Promise<void>;
}

/**
 * PAY-1: fees land on a dossier only through the payments module (a `payment` row with its receipt
 * number, the open online request cancelled), never through a bare `record_payment` route.
 */
export type RoutedCommandType = Exclude<DossierCommandType, "record_payment">;

type Table = { [T in RoutedCommandType]: CommandSpec<T> };

const nothing = () => ({});
const ms = (iso: string) => new Date(iso).getTime();

export const COMMAND_TABLE: Table = {
  accept_online: { permission: "dossiers.one_stop", toCommand: nothing },
  request_online_supplement: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ reason: b.reason, items: b.items }),
  },
  refuse_reception: { permission: "dossiers.one_stop", toCommand: (b) => ({ reason: b.reason }) },
  declare_not_competent: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ guidance: b.guidance, competentAgency: b.competentAgency ?? null }),
  },
  receive_supplement: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ documents: b.documents, note: b.note ?? null }),
    files: (b) => b.fileIds.map((fileId) => ({ fileId, purpose: "supplement" })),
  },
  hand_over: { permission: "dossiers.process", toCommand: (b) => ({ toStep: b.toStep ?? null }) },
  assign: {
    permission: "dossiers.assign",
    toCommand: (b) => ({ officerId: b.officerId, unitId: b.unitId ?? null }),
    check: checkAssignee,
  },
  transfer: { permission: "dossiers.process", toCommand: (b) => ({ toStep: b.toStep ?? null }) },
  accept_transfer: { permission: "dossiers.process", toCommand: nothing },
  request_consultation: {
    permission: "dossiers.process",
    toCommand: (b) => ({
      consultationId: randomUUID(),
      toAgencyId: b.toAgencyId ?? null,
      toName: b.toName,
      subject: b.subject,
      requestRef: b.requestFileId,
    }),
    files: (b) => [{ fileId: b.requestFileId, purpose: "consultation_request" }],
  },
  record_consultation_answer: {
    permission: "dossiers.process",
    toCommand: (b) => ({ consultationId: b.consultationId, answerRef: b.answerFileId }),
    files: (b) => [{ fileId: b.answerFileId, purpose: "consultation_answer" }],
  },
  return_for_supplement: {
    permission: "dossiers.process",
    toCommand: (b) => ({ reason: b.reason, items: b.items }),
  },
  request_correction: {
    permission: "dossiers.process",
    toCommand: (b) => ({ reason: b.reason, items: b.items }),
  },
  pause: {
    permission: "dossiers.process",
    toCommand: (b) => ({ reason: b.reason, proofRef: b.proofFileId, feeAmount: b.feeAmount ?? null }),
    files: (b) => [{ fileId: b.proofFileId, purpose: "proof" }],
  },
  resume: {
    permission: "dossiers.process",
    toCommand: (b) => ({ proofRef: b.proofFileId ?? null }),
    files: (b) => (b.proofFileId ? [{ fileId: b.proofFileId, purpose: "proof" }] : []),
  },
  issue_apology: {
    permission: "dossiers.process",
    toCommand: (b) => ({ reason: b.reason, newDue: ms(b.newDue) }),
  },
  confirm_new_appointment: { permission: "dossiers.one_stop", toCommand: nothing },
  record_lateness_reason: { permission: "dossiers.process", toCommand: (b) => ({ reason: b.reason }) },
  submit_for_approval: { permission: "dossiers.process", toCommand: nothing },
  approve: { permission: "dossiers.approve", toCommand: (b) => ({ note: b.note ?? null }) },
  send_back: {
    permission: "dossiers.approve",
    toCommand: (b) => ({ reason: b.reason, toStep: b.toStep ?? null }),
  },
  upload_result: {
    permission: "dossiers.process",
    toCommand: (b) => ({ documentNumber: b.documentNumber, fileRef: b.fileId }),
    files: (b) => [{ fileId: b.fileId, purpose: "result" }],
  },
  send_result: { permission: "dossiers.process", toCommand: nothing },
  confirm_result: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ latenessReason: b.latenessReason ?? null }),
  },
  flag_result_error: { permission: "dossiers.one_stop", toCommand: (b) => ({ description: b.description }) },
  correct_result: {
    permission: "dossiers.process",
    toCommand: (b) => ({ documentNumber: b.documentNumber, fileRef: b.fileId, reason: b.reason }),
    files: (b) => [{ fileId: b.fileId, purpose: "result" }],
  },
  return_result: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ method: b.method ?? null, reference: b.reference ?? null }),
  },
  refuse_after_review: {
    permission: "dossiers.process",
    toCommand: (b) => ({ reason: b.reason, latenessReason: b.latenessReason ?? null }),
  },
  request_withdrawal: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({ reason: b.reason, letterRef: b.letterFileId }),
    files: (b) => [{ fileId: b.letterFileId, purpose: "letter" }],
  },
  forward_withdrawal: { permission: "dossiers.one_stop", toCommand: nothing },
  allow_withdrawal: { permission: "dossiers.process", toCommand: (b) => ({ papersBack: b.papersBack }) },
  reject_withdrawal: { permission: "dossiers.process", toCommand: (b) => ({ reason: b.reason }) },
  send_papers_back: { permission: "dossiers.process", toCommand: nothing },
  end_withdrawal: { permission: "dossiers.one_stop", toCommand: nothing },
  request_cancellation: {
    permission: "dossiers.one_stop",
    toCommand: (b) => ({
      ground: b.ground,
      reason: b.reason,
      testingAssignmentRef: b.testingAssignmentRef ?? null,
      duplicateCodes: b.duplicateCodes,
    }),
    check: checkDuplicateCodes,
  },
  approve_cancellation: { permission: "dossiers.review_cancellation", toCommand: nothing },
  reject_cancellation: {
    permission: "dossiers.review_cancellation",
    toCommand: (b) => ({ reason: b.reason }),
  },
};

export function isRoutedCommand(type: string): type is RoutedCommandType {
  return Object.hasOwn(COMMAND_TABLE, type);
}

export const COMMAND_TYPES = (Object.keys(DOSSIER_COMMANDS) as DossierCommandType[]).filter(isRoutedCommand);

/**
 * PRC-9: the officer assigned must be active and hold the step's role over the unit that will do
 * the step, and that unit must belong to the agency processing the dossier (else the dossier
 * would wait for someone who can never act).
 */
async function checkAssignee(db: Db, dossier: Dossier, body: DossierCommandBody<"assign">): Promise<void> {
  const step = dossier.step;
  if (!step) return; // the lifecycle refuses: no step to assign
  const unitId = body.unitId ?? step.unitId;
  const role = dossier.workflow.steps[step.index]?.role;
  const processing = dossier.processingAgencyId;
  const inAgency = processing
    ? await db
        .selectFrom(ancestorsOrSelf(db, unitId).as("up"))
        .select("id")
        .where("id", "=", processing)
        .executeTakeFirst()
    : undefined;
  if (!inAgency) {
    throw new AppError(
      422,
      "ASSIGNEE_UNIT_INVALID",
      "Đơn vị được phân công phải thuộc cơ quan đang giải quyết hồ sơ.",
    );
  }
  const active = await db
    .selectFrom("officer")
    .select("id")
    .where("id", "=", body.officerId)
    .where("status", "=", "active")
    .executeTakeFirst();
  if (!active || !role || !(await officerHoldsRoleOver(db, body.officerId, [role], unitId))) {
    throw new AppError(
      422,
      "ASSIGNEE_NOT_ELIGIBLE",
      "Cán bộ được phân công phải đang hoạt động và giữ vai trò của bước này tại đơn vị xử lý.",
    );
  }
}
