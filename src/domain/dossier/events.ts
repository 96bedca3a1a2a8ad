import type { OnlineDossierAcceptedEvent } from "./commands/accept-online.ts";
import type { TransferAcceptedEvent } from "./commands/accept-transfer.ts";
import type { WithdrawalAllowedEvent } from "./commands/allow-withdrawal.ts";
import type { ApprovedEvent } from "./commands/approve.ts";
import type { CancellationApprovedEvent } from "./commands/approve-cancellation.ts";
import type { AssignedEvent } from "./commands/assign.ts";
import type { NewAppointmentConfirmedEvent } from "./commands/confirm-new-appointment.ts";
import type { ResultConfirmedEvent } from "./commands/confirm-result.ts";
import type { ResultCorrectedEvent } from "./commands/correct-result.ts";
import type { DeclaredNotCompetentEvent } from "./commands/declare-not-competent.ts";
import type { WithdrawalEndedEvent } from "./commands/end-withdrawal.ts";
import type { RefusedForUnpaidFeesEvent } from "./commands/fee-timeout.ts";
import type { ResultErrorFlaggedEvent } from "./commands/flag-result-error.ts";
import type { WithdrawalForwardedEvent } from "./commands/forward-withdrawal.ts";
import type { HandedOverEvent } from "./commands/hand-over.ts";
import type { ApologyIssuedEvent } from "./commands/issue-apology.ts";
import type { PausedEvent } from "./commands/pause.ts";
import type { DossierReceivedEvent } from "./commands/receive.ts";
import type { DossierReceivedFromPortalEvent } from "./commands/receive-from-portal.ts";
import type { SupplementReceivedEvent } from "./commands/receive-supplement.ts";
import type { ConsultationAnsweredEvent } from "./commands/record-consultation-answer.ts";
import type { LatenessReasonRecordedEvent } from "./commands/record-lateness-reason.ts";
import type { PaymentRecordedEvent } from "./commands/record-payment.ts";
import type { RefusedAfterReviewEvent } from "./commands/refuse-after-review.ts";
import type { ReceptionRefusedEvent } from "./commands/refuse-reception.ts";
import type { CancellationRejectedEvent } from "./commands/reject-cancellation.ts";
import type { WithdrawalRejectedEvent } from "./commands/reject-withdrawal.ts";
import type { CancellationRequestedEvent } from "./commands/request-cancellation.ts";
import type { ConsultationRequestedEvent } from "./commands/request-consultation.ts";
import type { CorrectionRequestedEvent } from "./commands/request-correction.ts";
import type { OnlineSupplementRequestedEvent } from "./commands/request-online-supplement.ts";
import type { WithdrawalRequestedEvent } from "./commands/request-withdrawal.ts";
import type { ResumedEvent } from "./commands/resume.ts";
import type { ReturnedForSupplementEvent } from "./commands/return-for-supplement.ts";
import type { ResultReturnedEvent } from "./commands/return-result.ts";
import type { SentBackEvent } from "./commands/send-back.ts";
import type { PapersSentBackEvent } from "./commands/send-papers-back.ts";
import type { ResultSentEvent } from "./commands/send-result.ts";
import type { SubmittedForApprovalEvent } from "./commands/submit-for-approval.ts";
import type { DossierSubmittedOnlineEvent } from "./commands/submit-online.ts";
import type { TransferredEvent } from "./commands/transfer.ts";
import type { ResultUploadedEvent } from "./commands/upload-result.ts";
import type { LateWarningIssuedEvent } from "./commands/warn-running-late.ts";

/**
 * Every event: the dossier's append-only history (the persistence layer hash-chains them).
 * Each carries the envelope of handler.ts (type, dossierId, version, at, actor, rule) and a typed
 * payload with everything needed to apply it without a calendar.
 */
export type DossierEvent =
  | OnlineDossierAcceptedEvent
  | TransferAcceptedEvent
  | WithdrawalAllowedEvent
  | CancellationApprovedEvent
  | ApprovedEvent
  | AssignedEvent
  | NewAppointmentConfirmedEvent
  | ResultConfirmedEvent
  | ResultCorrectedEvent
  | DeclaredNotCompetentEvent
  | WithdrawalEndedEvent
  | RefusedForUnpaidFeesEvent
  | ResultErrorFlaggedEvent
  | WithdrawalForwardedEvent
  | HandedOverEvent
  | ApologyIssuedEvent
  | PausedEvent
  | SupplementReceivedEvent
  | DossierReceivedEvent
  | DossierReceivedFromPortalEvent
  | ConsultationAnsweredEvent
  | LatenessReasonRecordedEvent
  | PaymentRecordedEvent
  | RefusedAfterReviewEvent
  | ReceptionRefusedEvent
  | CancellationRejectedEvent
  | WithdrawalRejectedEvent
  | CancellationRequestedEvent
  | ConsultationRequestedEvent
  | CorrectionRequestedEvent
  | OnlineSupplementRequestedEvent
  | WithdrawalRequestedEvent
  | ResumedEvent
  | ReturnedForSupplementEvent
  | ResultReturnedEvent
  | SentBackEvent
  | PapersSentBackEvent
  | ResultSentEvent
  | SubmittedForApprovalEvent
  | DossierSubmittedOnlineEvent
  | TransferredEvent
  | ResultUploadedEvent
  | LateWarningIssuedEvent;

export type DossierEventType = DossierEvent["type"];
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { readonly type: T }>;
