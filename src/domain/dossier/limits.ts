import type { FinishMode } from "../deadline/due.ts";
import { type Duration, halfDays, workingDays, workingHours } from "../deadline/duration.ts";

/** Version of the dossier rules a dossier was created under (recorded on every dossier). */
export const DOSSIER_RULES_VERSION = "DOSSIER-2024.1";

/**
 * The time limits of the off-path rules, kept on each dossier so that a later change of
 * configuration does not change a dossier already under way. All are *config* defaults.
 */
export interface DossierTimeLimits {
  /** REC-3: an online dossier is accepted (or sent back) within 8 working hours. */
  readonly onlineAcceptance: Duration;
  /** PAU-2: fees not paid within 10 working days of the notice → refusal. */
  readonly feePayment: Duration;
  /** WDR-2: the one-stop forwards a withdrawal request within 0.5 working day. */
  readonly withdrawalForward: Duration;
  /** WDR-3: the agency decides on the withdrawal within 1 working day. */
  readonly withdrawalDecision: Duration;
  /** WDR-4: the papers go back to the one-stop within 1 working day. */
  readonly withdrawalPapers: Duration;
  /** CAN-2: the provincial office reviews a cancellation within 2 working days. */
  readonly cancellationReview: Duration;
  /** PRC-7: the system warns this long before the due date. */
  readonly lateWarning: Duration;
  /** CAL-9: early / on time / late by instant (default) or by date. */
  readonly finishMode: FinishMode;
}

export const DEFAULT_TIME_LIMITS: DossierTimeLimits = {
  onlineAcceptance: workingHours(8),
  feePayment: workingDays(10),
  withdrawalForward: halfDays(1),
  withdrawalDecision: workingDays(1),
  withdrawalPapers: workingDays(1),
  cancellationReview: workingDays(2),
  lateWarning: workingDays(2),
  finishMode: "instant",
};

/** PRC-5 default: the return for supplement comes no later than 3 working days after reception. */
export const DEFAULT_SUPPLEMENT_RETURN_LIMIT: Duration = workingDays(3);
