import type { DeadlineClock, FinishClass, FinishMode, PauseReason } from "../deadline/clock.ts";
import type { Duration } from "../deadline/duration.ts";
import type { Actor, StepRole } from "./actor.ts";
import type { DossierTimeLimits } from "./limits.ts";
import type { DossierStatus } from "./status.ts";
import type { SubDeadline } from "./sub-deadlines.ts";

/**
 * The dossier: one plain, JSON-serialisable value. Instants are epoch milliseconds (UTC); absent
 * values are `null`, never `undefined`. It only ever changes by applying events (evolve.ts), so
 * replaying a dossier's events gives the same value.
 */
export interface Dossier {
  readonly id: string;
  /** CODE-1; never changes (CODE-2). */
  readonly code: string;
  readonly rulesVersion: string;
  /** Incremented by one by every accepted command; equals the number of events. */
  readonly version: number;
  readonly createdAt: number;
  /** Instant of the last event; a command must not be earlier. */
  readonly lastEventAt: number;
  /** When the dossier reached a final state. */
  readonly closedAt: number | null;

  readonly receivingAgencyId: string;
  /** The receiving agency's electronic identifier, e.g. `000.00.06.H56` (CODE-1). */
  readonly receivingAgencyIdentifier: string;
  /** The agency whose steps the dossier is at (PRC-4); null before the first hand-over. */
  readonly processingAgencyId: string | null;
  readonly procedure: ProcedureSnapshot;
  readonly workflow: WorkflowSnapshot;
  readonly limits: DossierTimeLimits;

  readonly channel: Channel;
  readonly applicant: ApplicantSnapshot;
  /** The e-ID account that submitted online (owner of the dossier on the portal), else null. */
  readonly applicantAccountId: string | null;
  /** REC-7. */
  readonly resultDelivery: ResultDelivery;
  /** The e-form (REC-4) and the papers or files received. */
  readonly eFormRef: string | null;
  readonly documents: readonly string[];
  /** CAN-1: a test dossier, with the testing assignment. */
  readonly test: { readonly assignmentRef: string } | null;

  readonly status: DossierStatus;
  /** System receipt (online) or reception at the counter / by post. */
  readonly submittedAt: number;
  /** Official reception: counter/post reception or online acceptance; the clock starts there. */
  readonly receivedAt: number | null;
  /** The statutory deadline clock (null until reception). */
  readonly clock: DeadlineClock | null;
  /** The workflow step the dossier is at, with its own clock (PRC-2). */
  readonly step: CurrentStep | null;

  readonly handOvers: readonly HandOver[];
  readonly agencySegments: readonly AgencySegment[];
  readonly subDeadlines: readonly SubDeadline[];
  readonly counters: OnceCounters;

  readonly supplementRequests: readonly SupplementRequest[];
  readonly supplements: readonly SupplementReceipt[];
  readonly pauses: readonly PauseRecord[];
  readonly consultations: readonly Consultation[];
  readonly apology: Apology | null;
  readonly lateWarnings: readonly LateWarning[];
  readonly latenessReason: LatenessReason | null;
  readonly approvals: readonly ApprovalDecision[];

  readonly result: DossierResult | null;
  readonly finish: Finish | null;
  readonly refusal: Refusal | null;
  readonly notCompetent: NotCompetent | null;
  readonly delivery: Delivery | null;
  readonly fees: Fees;

  readonly withdrawals: readonly WithdrawalRecord[];
  readonly cancellations: readonly CancellationRecord[];
}

export type Channel = "counter" | "post" | "online";
/** REC-7: how the applicant gets the result. */
export type ResultDelivery = "counter" | "post" | "electronic";

export interface ProcedureSnapshot {
  readonly id: string;
  readonly version: number;
  /** National procedure code, e.g. `1.001193`. */
  readonly code: string | null;
  readonly name: string;
  /** Statutory processing time (CAL-5). */
  readonly processingTime: Duration;
  /** CAL-8 same-day cut-off `HH:MM`. */
  readonly sameDayCutoff: string | null;
  /** PRC-5: how long after reception a return for supplement is still allowed (default 3 working days). */
  readonly supplementReturnLimit: Duration;
  /** REC-4: the procedure requires a digital signature on online submissions. */
  readonly signatureRequired: boolean;
}

/** PRC-1: one step of the approved electronic workflow. */
export interface WorkflowStep {
  readonly name: string;
  /** The agency responsible for the step (liên thông: steps at several agencies, PRC-4). */
  readonly agencyId: string;
  /** The unit (an agency-tree node, possibly the agency itself) whose officers do the step. */
  readonly unitId: string;
  readonly role: StepRole;
  readonly duration: Duration;
  /**
   * Indexes of the steps this one may go on to (a branch when several; always later steps, so
   * there are no loops); `[]` ends the workflow (then approval). Null: the following step, if any.
   */
  readonly next: readonly number[] | null;
}

export interface WorkflowSnapshot {
  readonly id: string;
  readonly version: number;
  readonly steps: readonly WorkflowStep[];
}

/** A workflow as given at creation: `next` may be omitted (= the following step). */
export interface WorkflowInput {
  readonly id: string;
  readonly version: number;
  readonly steps: readonly (Omit<WorkflowStep, "next"> & { readonly next?: readonly number[] | null })[];
}

export interface ApplicantSnapshot {
  readonly kind: "individual" | "organization";
  readonly name: string;
  /** Personal ID (CCCD) or enterprise code. */
  readonly idNumber: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export interface CurrentStep {
  readonly index: number;
  /** The unit doing the step: the workflow's unit unless reassigned. */
  readonly unitId: string;
  readonly assigneeId: string | null;
  readonly startedAt: number;
  /** The step's own time limit, paused with the dossier. */
  readonly clock: DeadlineClock;
}

/** Where a hand-over starts or ends (Mẫu 05 rows). */
export type HandOverParty =
  | { readonly kind: "one_stop"; readonly agencyId: string }
  | { readonly kind: "step"; readonly index: number; readonly agencyId: string; readonly unitId: string }
  | { readonly kind: "leader"; readonly agencyId: string };

/** PRC-2: one hand-over: who, when, and how the finished part did against its own time. */
export interface HandOver {
  readonly at: number;
  readonly by: Actor;
  readonly from: HandOverParty;
  readonly to: HandOverParty;
  /** Early / on time / late of the part handed over (a step by its own duration); null if untimed. */
  readonly outcome: FinishClass | null;
  /** The due the outcome was measured against. */
  readonly due: number | null;
  /** Receipt by the other agency (PRC-4 transfers); equal to `at` within an agency. */
  readonly acceptedAt: number | null;
  readonly acceptedBy: Actor | null;
}

/** PRC-4: a period during which one agency held the dossier. */
export interface AgencySegment {
  readonly agencyId: string;
  readonly from: number;
  readonly to: number | null;
}

/** Counters behind the once-per-dossier limits. */
export interface OnceCounters {
  /** REC-3: request to supplement an online dossier before acceptance. */
  readonly receptionSupplements: number;
  /** PRC-5. */
  readonly supplementReturns: number;
  /** PRC-6. */
  readonly corrections: number;
  /** PRC-7: apologies with a new date (extensions of the clock). */
  readonly extensions: number;
}

export type SupplementRequestKind = "reception" | "return" | "correction";

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequest {
  readonly kind: SupplementRequestKind;
  readonly rule: string;
  readonly at: number;
  readonly by: Actor;
  readonly reason: string;
  readonly items: readonly string[];
  /** The step that asked (PRC-5/6), else null. */
  readonly stepIndex: number | null;
  readonly fulfilledAt: number | null;
}

/** REC-8: a supplement received; the dossier keeps its code (CODE-2). */
export interface SupplementReceipt {
  readonly at: number;
  readonly by: Actor;
  readonly requestKind: SupplementRequestKind;
  readonly documents: readonly string[];
  readonly note: string | null;
}

/** PAU-1: one pause with its lawful reason and the document that proves it. */
export interface PauseRecord {
  readonly reason: PauseReason;
  readonly proofRef: string;
  readonly by: Actor;
  readonly from: number;
  readonly to: number | null;
  /** The document that ends it (receipt, the superior's answer, the resubmission). */
  readonly resumeRef: string | null;
  /** The state the dossier goes back to when the pause ends. */
  readonly returnTo: DossierStatus;
}

/** PRC-3: a verification or consultation request and its answer, both attached. */
export interface Consultation {
  readonly id: string;
  readonly toAgencyId: string | null;
  readonly toName: string;
  readonly subject: string;
  readonly requestRef: string;
  readonly requestedAt: number;
  readonly requestedBy: Actor;
  readonly answerRef: string | null;
  readonly answeredAt: number | null;
  readonly answeredBy: Actor | null;
}

/** Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (PRC-7). */
export interface Apology {
  readonly at: number;
  readonly by: Actor;
  readonly reason: string;
  readonly previousDue: number;
  readonly newDue: number;
  /** When the one-stop adjusted the appointment (and the applicant was notified). */
  readonly confirmedAt: number | null;
  readonly confirmedBy: Actor | null;
}

/** PRC-7: a warning that the dossier is due soon, for the due it was issued against. */
export interface LateWarning {
  readonly at: number;
  readonly due: number;
}

/** PRC-8. */
export interface LatenessReason {
  readonly at: number;
  readonly by: Actor;
  readonly reason: string;
}

export interface ApprovalDecision {
  readonly at: number;
  readonly by: Actor;
  readonly decision: "approved" | "sent_back";
  readonly note: string | null;
  /** For a send-back: the step that takes the dossier again. */
  readonly toStep: number | null;
}

export interface ResultDocument {
  readonly documentNumber: string;
  readonly fileRef: string;
}

/** RES-1..5: the result document and its history. */
export interface DossierResult extends ResultDocument {
  readonly uploadedAt: number;
  readonly uploadedBy: Actor;
  readonly sentAt: number | null;
  /** RES-2: an error flagged by the one-stop, cleared by a correction. */
  readonly error: { readonly description: string; readonly at: number; readonly by: Actor } | null;
  /** RES-5: every correction, oldest first. */
  readonly corrections: readonly ResultCorrection[];
}

export interface ResultCorrection extends ResultDocument {
  readonly at: number;
  readonly by: Actor;
  readonly reason: string;
  readonly previous: ResultDocument;
}

/** RES-1 / Mẫu 03: when the dossier was resolved and how it did (CAL-9). */
export interface Finish {
  readonly at: number;
  readonly kind: "result" | "refusal";
  readonly due: number;
  readonly outcome: FinishClass;
  readonly mode: FinishMode;
}

/** Mẫu 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export interface Refusal {
  readonly stage: "reception" | "review" | "unpaid_fees";
  readonly rule: string;
  readonly reason: string;
  readonly at: number;
  /** The refusal date: `at`, or for PAU-2 the end of the fee period / of the processing time. */
  readonly effectiveAt: number;
  readonly by: Actor;
}

/** REC-2(a): not this agency's competence; guidance to the right one. */
export interface NotCompetent {
  readonly guidance: string;
  readonly competentAgency: string | null;
  readonly at: number;
  readonly by: Actor;
}

/** RES-3/RES-4: how and when the result reached the applicant. */
export interface Delivery {
  readonly method: ResultDelivery;
  readonly at: number;
  readonly by: Actor;
  readonly reference: string | null;
}

/** PAY: amounts in integer đồng. */
export interface Fees {
  readonly due: number;
  readonly paid: number;
  readonly payments: readonly { readonly amount: number; readonly reference: string; readonly at: number }[];
}

export interface WithdrawalDecision {
  readonly allowed: boolean;
  /** WDR-3/4: whether the applicant wants the papers back (null when refused). */
  readonly papersBack: boolean | null;
  readonly reason: string | null;
  readonly at: number;
  readonly by: Actor;
}

/** WDR-1..4. */
export interface WithdrawalRecord {
  readonly reason: string;
  readonly channel: "online" | "letter";
  /** WDR-1: the scanned letter, for a paper request. */
  readonly letterRef: string | null;
  readonly requestedAt: number;
  readonly requestedBy: Actor;
  readonly returnTo: DossierStatus;
  readonly forwardedAt: number | null;
  readonly decision: WithdrawalDecision | null;
  readonly papersSentAt: number | null;
  readonly endedAt: number | null;
}

export type CancellationGround = "test" | "duplicate" | "wrong_procedure";

/** CAN-1..3. */
export interface CancellationRecord {
  readonly ground: CancellationGround;
  readonly reason: string;
  readonly testingAssignmentRef: string | null;
  /** CAN-2: the duplicate / wrongly entered codes of the same applicant. */
  readonly duplicateCodes: readonly string[];
  readonly requestedAt: number;
  readonly requestedBy: Actor;
  readonly returnTo: DossierStatus;
  readonly decision: {
    readonly approved: boolean;
    readonly reason: string | null;
    readonly at: number;
    readonly by: Actor;
  } | null;
}
