import { acceptOnline } from "./commands/accept-online.ts";
import { acceptTransfer } from "./commands/accept-transfer.ts";
import { allowWithdrawal } from "./commands/allow-withdrawal.ts";
import { approve } from "./commands/approve.ts";
import { approveCancellation } from "./commands/approve-cancellation.ts";
import { assign } from "./commands/assign.ts";
import { confirmNewAppointment } from "./commands/confirm-new-appointment.ts";
import { confirmResult } from "./commands/confirm-result.ts";
import { correctResult } from "./commands/correct-result.ts";
import { declareNotCompetent } from "./commands/declare-not-competent.ts";
import { endWithdrawal } from "./commands/end-withdrawal.ts";
import { feeTimeout } from "./commands/fee-timeout.ts";
import { flagResultError } from "./commands/flag-result-error.ts";
import { forwardWithdrawal } from "./commands/forward-withdrawal.ts";
import { handOver } from "./commands/hand-over.ts";
import { issueApology } from "./commands/issue-apology.ts";
import { pause } from "./commands/pause.ts";
import { receive } from "./commands/receive.ts";
import { receiveFromPortal } from "./commands/receive-from-portal.ts";
import { receiveSupplement } from "./commands/receive-supplement.ts";
import { recordConsultationAnswer } from "./commands/record-consultation-answer.ts";
import { recordLatenessReason } from "./commands/record-lateness-reason.ts";
import { recordPayment } from "./commands/record-payment.ts";
import { refuseAfterReview } from "./commands/refuse-after-review.ts";
import { refuseReception } from "./commands/refuse-reception.ts";
import { rejectCancellation } from "./commands/reject-cancellation.ts";
import { rejectWithdrawal } from "./commands/reject-withdrawal.ts";
import { requestCancellation } from "./commands/request-cancellation.ts";
import { requestConsultation } from "./commands/request-consultation.ts";
import { requestCorrection } from "./commands/request-correction.ts";
import { requestOnlineSupplement } from "./commands/request-online-supplement.ts";
import { requestWithdrawal } from "./commands/request-withdrawal.ts";
import { resume } from "./commands/resume.ts";
import { returnForSupplement } from "./commands/return-for-supplement.ts";
import { returnResult } from "./commands/return-result.ts";
import { sendBack } from "./commands/send-back.ts";
import { sendPapersBack } from "./commands/send-papers-back.ts";
import { sendResult } from "./commands/send-result.ts";
import { submitForApproval } from "./commands/submit-for-approval.ts";
import { submitOnline } from "./commands/submit-online.ts";
import { transfer } from "./commands/transfer.ts";
import { uploadResult } from "./commands/upload-result.ts";
import { warnRunningLate } from "./commands/warn-running-late.ts";
import type { Command, CommandOf, CreationCommandType, ExistingCommandType } from "./commands.ts";
import type { DossierEvent } from "./events.ts";
import type { CommandHandler, CreationHandler } from "./handler.ts";
import type { Dossier } from "./state.ts";

/** Every handler, in the order the workspace lists the actions. */
export const CREATION_HANDLERS = {
  receive,
  submit_online: submitOnline,
  receive_from_portal: receiveFromPortal,
} satisfies {
  // biome-ignore lint/suspicious/noExplicitAny: each handler has its own event type
  [T in CreationCommandType]: CreationHandler<CommandOf<T>, any>;
};

export const HANDLERS = {
  accept_online: acceptOnline,
  request_online_supplement: requestOnlineSupplement,
  refuse_reception: refuseReception,
  declare_not_competent: declareNotCompetent,
  receive_supplement: receiveSupplement,
  hand_over: handOver,
  assign,
  transfer,
  accept_transfer: acceptTransfer,
  request_consultation: requestConsultation,
  record_consultation_answer: recordConsultationAnswer,
  return_for_supplement: returnForSupplement,
  request_correction: requestCorrection,
  pause,
  resume,
  fee_timeout: feeTimeout,
  warn_running_late: warnRunningLate,
  issue_apology: issueApology,
  confirm_new_appointment: confirmNewAppointment,
  record_lateness_reason: recordLatenessReason,
  record_payment: recordPayment,
  submit_for_approval: submitForApproval,
  approve,
  send_back: sendBack,
  upload_result: uploadResult,
  send_result: sendResult,
  confirm_result: confirmResult,
  flag_result_error: flagResultError,
  correct_result: correctResult,
  return_result: returnResult,
  refuse_after_review: refuseAfterReview,
  request_withdrawal: requestWithdrawal,
  forward_withdrawal: forwardWithdrawal,
  allow_withdrawal: allowWithdrawal,
  reject_withdrawal: rejectWithdrawal,
  send_papers_back: sendPapersBack,
  end_withdrawal: endWithdrawal,
  request_cancellation: requestCancellation,
  approve_cancellation: approveCancellation,
  reject_cancellation: rejectCancellation,
} satisfies {
  // biome-ignore lint/suspicious/noExplicitAny: each handler has its own event type
  [T in ExistingCommandType]: CommandHandler<CommandOf<T>, any>;
};

/** The handler of a command on an existing dossier (the correlation of types is checked above). */
export function handlerOf(type: ExistingCommandType): CommandHandler<Command, DossierEvent> {
  return HANDLERS[type] as unknown as CommandHandler<Command, DossierEvent>;
}

export function creationHandlerOf(type: CreationCommandType): CreationHandler<Command, DossierEvent> {
  return CREATION_HANDLERS[type] as unknown as CreationHandler<Command, DossierEvent>;
}

/** Event type → the handler that applies it. */
const APPLIERS = new Map<string, (dossier: Dossier | null, event: DossierEvent) => Dossier>();
for (const type of Object.keys(CREATION_HANDLERS) as CreationCommandType[]) {
  const handler = creationHandlerOf(type);
  APPLIERS.set(handler.event, (_dossier, event) => handler.apply(event));
}
for (const type of Object.keys(HANDLERS) as ExistingCommandType[]) {
  const handler = handlerOf(type);
  APPLIERS.set(handler.event, (dossier, event) => {
    if (!dossier) throw new Error(`event ${event.type} needs an existing dossier`);
    return handler.apply(dossier, event);
  });
}

export function applierOf(type: string) {
  return APPLIERS.get(type);
}
