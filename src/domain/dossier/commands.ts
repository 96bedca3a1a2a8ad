import type { AcceptOnlineCommand } from "./commands/accept-online.ts";
import type { AcceptTransferCommand } from "./commands/accept-transfer.ts";
import type { AllowWithdrawalCommand } from "./commands/allow-withdrawal.ts";
import type { ApproveCommand } from "./commands/approve.ts";
import type { ApproveCancellationCommand } from "./commands/approve-cancellation.ts";
import type { AssignCommand } from "./commands/assign.ts";
import type { ConfirmNewAppointmentCommand } from "./commands/confirm-new-appointment.ts";
import type { ConfirmResultCommand } from "./commands/confirm-result.ts";
import type { CorrectResultCommand } from "./commands/correct-result.ts";
import type { DeclareNotCompetentCommand } from "./commands/declare-not-competent.ts";
import type { EndWithdrawalCommand } from "./commands/end-withdrawal.ts";
import type { FeeTimeoutCommand } from "./commands/fee-timeout.ts";
import type { FlagResultErrorCommand } from "./commands/flag-result-error.ts";
import type { ForwardWithdrawalCommand } from "./commands/forward-withdrawal.ts";
import type { HandOverCommand } from "./commands/hand-over.ts";
import type { IssueApologyCommand } from "./commands/issue-apology.ts";
import type { PauseCommand } from "./commands/pause.ts";
import type { ReceiveCommand } from "./commands/receive.ts";
import type { ReceiveFromPortalCommand } from "./commands/receive-from-portal.ts";
import type { ReceiveSupplementCommand } from "./commands/receive-supplement.ts";
import type { RecordConsultationAnswerCommand } from "./commands/record-consultation-answer.ts";
import type { RecordLatenessReasonCommand } from "./commands/record-lateness-reason.ts";
import type { RecordPaymentCommand } from "./commands/record-payment.ts";
import type { RefuseAfterReviewCommand } from "./commands/refuse-after-review.ts";
import type { RefuseReceptionCommand } from "./commands/refuse-reception.ts";
import type { RejectCancellationCommand } from "./commands/reject-cancellation.ts";
import type { RejectWithdrawalCommand } from "./commands/reject-withdrawal.ts";
import type { RequestCancellationCommand } from "./commands/request-cancellation.ts";
import type { RequestConsultationCommand } from "./commands/request-consultation.ts";
import type { RequestCorrectionCommand } from "./commands/request-correction.ts";
import type { RequestOnlineSupplementCommand } from "./commands/request-online-supplement.ts";
import type { RequestWithdrawalCommand } from "./commands/request-withdrawal.ts";
import type { ResumeCommand } from "./commands/resume.ts";
import type { ReturnForSupplementCommand } from "./commands/return-for-supplement.ts";
import type { ReturnResultCommand } from "./commands/return-result.ts";
import type { SendBackCommand } from "./commands/send-back.ts";
import type { SendPapersBackCommand } from "./commands/send-papers-back.ts";
import type { SendResultCommand } from "./commands/send-result.ts";
import type { SubmitForApprovalCommand } from "./commands/submit-for-approval.ts";
import type { SubmitOnlineCommand } from "./commands/submit-online.ts";
import type { TransferCommand } from "./commands/transfer.ts";
import type { UploadResultCommand } from "./commands/upload-result.ts";
import type { WarnRunningLateCommand } from "./commands/warn-running-late.ts";

/**
 * Every command: a typed object with its `type` and `actor` (see each handler in commands/ for
 * its fields and rules). Creating commands need no dossier; all others act on one.
 */
export type CreationCommand = ReceiveCommand | SubmitOnlineCommand | ReceiveFromPortalCommand;

export type ExistingDossierCommand =
  | AcceptOnlineCommand
  | AcceptTransferCommand
  | AllowWithdrawalCommand
  | ApproveCancellationCommand
  | ApproveCommand
  | AssignCommand
  | ConfirmNewAppointmentCommand
  | ConfirmResultCommand
  | CorrectResultCommand
  | DeclareNotCompetentCommand
  | EndWithdrawalCommand
  | FeeTimeoutCommand
  | FlagResultErrorCommand
  | ForwardWithdrawalCommand
  | HandOverCommand
  | IssueApologyCommand
  | PauseCommand
  | ReceiveSupplementCommand
  | RecordConsultationAnswerCommand
  | RecordLatenessReasonCommand
  | RecordPaymentCommand
  | RefuseAfterReviewCommand
  | RefuseReceptionCommand
  | RejectCancellationCommand
  | RejectWithdrawalCommand
  | RequestCancellationCommand
  | RequestConsultationCommand
  | RequestCorrectionCommand
  | RequestOnlineSupplementCommand
  | RequestWithdrawalCommand
  | ResumeCommand
  | ReturnForSupplementCommand
  | ReturnResultCommand
  | SendBackCommand
  | SendPapersBackCommand
  | SendResultCommand
  | SubmitForApprovalCommand
  | TransferCommand
  | UploadResultCommand
  | WarnRunningLateCommand;

export type Command = CreationCommand | ExistingDossierCommand;
type CommandType = Command["type"];
export type CreationCommandType = CreationCommand["type"];
export type ExistingCommandType = ExistingDossierCommand["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { readonly type: T }>;

export function isCreationCommand(command: Command): command is CreationCommand {
  return (
    command.type === "receive" || command.type === "submit_online" || command.type === "receive_from_portal"
  );
}
