/**
 * The dossier lifecycle (hồ sơ TTHC) as a pure state machine: see README.md in this folder for
 * the states, the diagram, the national status codes and how the rules map to commands.
 *
 * - `transition(dossier | null, command, now, calendar)` → `{ dossier, events }` or a DomainError
 * - `evolve(dossier | null, event)`, `replay(events)` → the same dossier, without a calendar
 * - queries: `allowedCommands`, `statusOf`, `inboxTimeOf` (the one time classification, CAL-9),
 *   `needsLateWarning`, `overdueSubDeadlines`,
 *   `nationalStatusCode`, `agencyTimes`, `controlSlipRows`, `dossierInvariantViolations`
 * - codes: `formatDossierCode`, `parseDossierCode`, `isDossierCode`
 */
export * from "./actor.ts";
export * from "./code.ts";
export type { AcceptOnlineCommand } from "./commands/accept-online.ts";
export type { AcceptTransferCommand } from "./commands/accept-transfer.ts";
export type { AllowWithdrawalCommand } from "./commands/allow-withdrawal.ts";
export type { ApproveCommand } from "./commands/approve.ts";
export type { ApproveCancellationCommand } from "./commands/approve-cancellation.ts";
export type { AssignCommand } from "./commands/assign.ts";
export type { ConfirmNewAppointmentCommand } from "./commands/confirm-new-appointment.ts";
export type { ConfirmResultCommand } from "./commands/confirm-result.ts";
export type { CorrectResultCommand } from "./commands/correct-result.ts";
export type { DeclareNotCompetentCommand } from "./commands/declare-not-competent.ts";
export type { EndWithdrawalCommand } from "./commands/end-withdrawal.ts";
export { type FeeTimeoutCommand, UNPAID_FEES_REASON } from "./commands/fee-timeout.ts";
export type { FlagResultErrorCommand } from "./commands/flag-result-error.ts";
export type { ForwardWithdrawalCommand } from "./commands/forward-withdrawal.ts";
export type { HandOverCommand } from "./commands/hand-over.ts";
export { APOLOGY_STATUSES, type IssueApologyCommand } from "./commands/issue-apology.ts";
export type { NewDossier, NewDossierInput, ProcedureInput } from "./commands/new-dossier.ts";
export { feeDeadline, type LawfulPauseReason, PAUSABLE, type PauseCommand } from "./commands/pause.ts";
export type { ReceiveCommand } from "./commands/receive.ts";
export {
  NATIONAL_PORTAL_JOB,
  type PortalSubmissionFacts,
  type ReceiveFromPortalCommand,
} from "./commands/receive-from-portal.ts";
export type { ReceiveSupplementCommand } from "./commands/receive-supplement.ts";
export type { RecordConsultationAnswerCommand } from "./commands/record-consultation-answer.ts";
export type { RecordLatenessReasonCommand } from "./commands/record-lateness-reason.ts";
export type { RecordPaymentCommand } from "./commands/record-payment.ts";
export type { RefuseAfterReviewCommand } from "./commands/refuse-after-review.ts";
export type { RefuseReceptionCommand } from "./commands/refuse-reception.ts";
export type { RejectCancellationCommand } from "./commands/reject-cancellation.ts";
export type { RejectWithdrawalCommand } from "./commands/reject-withdrawal.ts";
export {
  duplicateCodesRefusal,
  type RequestCancellationCommand,
  sameApplicant,
} from "./commands/request-cancellation.ts";
export type { RequestConsultationCommand } from "./commands/request-consultation.ts";
export type { RequestCorrectionCommand } from "./commands/request-correction.ts";
export type { RequestOnlineSupplementCommand } from "./commands/request-online-supplement.ts";
export { type RequestWithdrawalCommand, WITHDRAWABLE } from "./commands/request-withdrawal.ts";
export type { ResumeCommand } from "./commands/resume.ts";
export type { ReturnForSupplementCommand } from "./commands/return-for-supplement.ts";
export type { ReturnResultCommand } from "./commands/return-result.ts";
export type { SendBackCommand } from "./commands/send-back.ts";
export type { SendPapersBackCommand } from "./commands/send-papers-back.ts";
export type { SendResultCommand } from "./commands/send-result.ts";
export type { SubmitForApprovalCommand } from "./commands/submit-for-approval.ts";
export type { SubmitOnlineCommand, SubmittedSignature } from "./commands/submit-online.ts";
export type { TransferCommand } from "./commands/transfer.ts";
export type { UploadResultCommand } from "./commands/upload-result.ts";
export type { WarnRunningLateCommand } from "./commands/warn-running-late.ts";
export * from "./commands.ts";
export { DossierErrors } from "./errors.ts";
export * from "./event-labels.ts";
export * from "./events.ts";
export { evolve, replay } from "./evolve.ts";
export type { CommandBase, Context, Draft, EventEnvelope } from "./handler.ts";
export * from "./invariants.ts";
export * from "./late-entry.ts";
export * from "./limits.ts";
export * from "./national-status.ts";
export * from "./phase.ts";
export * from "./queries.ts";
export * from "./reception-outcome.ts";
export { CREATION_HANDLERS, HANDLERS } from "./registry.ts";
export type * from "./state.ts";
export * from "./status.ts";
export * from "./sub-deadlines.ts";
export * from "./time-class.ts";
export * from "./transition.ts";
export { nextStepsOf } from "./workflow-nav.ts";
