import type { AddOptions } from "./add.ts";
import type { Duration } from "./duration.ts";

/**
 * A dossier's deadline clock: an immutable, JSON-serialisable value; every transition returns a
 * new clock or throws a DomainError. Instants are epoch ms; each transition's `at` must not be
 * earlier than the previous event's.
 *
 * The statutory due instant is always recomputed from the clock and the calendar (`dueAt`), while
 * `appointment` keeps the date given to the applicant (Mẫu 01, or the new date of an apology,
 * PRC-7), which does not move when the calendar changes later (CAL-4). An apology moves the
 * appointment only, never the statutory due.
 */

/**
 * Version of the counting rules a clock was computed with (recorded on every clock).
 * CAL-2026.1: a calendar-day limit ends at the close of its last day, or of the next working day
 * when that day is off (Civil Code 2015 Art. 148(1), (5)); CAL-2024.1 kept the time of day and
 * moved a day off to the next opening.
 */
export const DEADLINE_RULES_VERSION = "CAL-2026.1";

/** PAU-1: the only grounds for pausing a dossier's clock. */
export const PAUSE_REASONS = [
  "land_financial_obligation",
  "fees",
  "correction_request",
  "awaiting_superior",
] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export interface ClockPause {
  readonly reason: PauseReason;
  readonly from: number;
  /** null while the pause is open. */
  readonly to: number | null;
}

/** PRC-7: the apology's new appointment (`newDue`, a stored name); the statutory due does not move. */
export interface ClockExtension {
  readonly at: number;
  readonly newDue: number;
  /** The statutory due when the apology was issued. */
  readonly previousDue: number;
}

export type ClockEvent =
  | { readonly type: "start"; readonly at: number; readonly appointment: number }
  | { readonly type: "pause"; readonly at: number; readonly reason: PauseReason }
  | { readonly type: "resume"; readonly at: number }
  | { readonly type: "restart"; readonly at: number; readonly appointment: number }
  | { readonly type: "extend"; readonly at: number; readonly newDue: number; readonly previousDue: number };

export interface DeadlineClock {
  readonly rules: string;
  readonly duration: Duration;
  readonly options: AddOptions;
  /** When counting (re)started: the reception, or the complete dossier's arrival (PRC-5). */
  readonly countFrom: number;
  /** The appointment issued to the applicant: at start, at restart, or the extended date (PRC-7). */
  readonly appointment: number;
  /** Pauses since `countFrom`, oldest first; at most the last one is open. */
  readonly pauses: readonly ClockPause[];
  readonly extension: ClockExtension | null;
  /** Every transition since the first start, including those before a restart. */
  readonly history: readonly ClockEvent[];
}

export function openPause(clock: DeadlineClock): ClockPause | undefined {
  const last = clock.pauses[clock.pauses.length - 1];
  return last && last.to === null ? last : undefined;
}

export function isPaused(clock: DeadlineClock): boolean {
  return openPause(clock) !== undefined;
}
