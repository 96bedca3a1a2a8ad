import { DossierErrors } from "./errors.ts";

/**
 * SEC-4 / REC-6: a dossier received on paper during an outage, or off-site (mobile reception,
 * on-site inspection), is entered afterwards with the real reception time. Everything that
 * depends on the reception (the code's date, CODE-1; the clock and appointment, CAL-6/7; a
 * refusal's date) runs from that instant; the event keeps when and by whom it was entered.
 */
export const LATE_ENTRY_KINDS = ["outage", "off_site"] as const;
export type LateEntryKind = (typeof LATE_ENTRY_KINDS)[number];

export interface LateEntry {
  /** The real reception instant (epoch ms). */
  readonly receivedAt: number;
  readonly kind: LateEntryKind;
}

/** *config* default: how far back a reception may be entered (calendar days). */
export const LATE_ENTRY_MAX_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The instant the dossier was really received: `now` for a reception entered as it happens,
 * the late entry's instant otherwise, which may be neither after `now` nor older than
 * {@link LATE_ENTRY_MAX_DAYS}.
 */
export function receptionInstant(lateEntry: LateEntry | null | undefined, now: number): number {
  if (!lateEntry) return now;
  if (!LATE_ENTRY_KINDS.includes(lateEntry.kind)) throw DossierErrors.lateEntryKindInvalid(lateEntry.kind);
  const { receivedAt } = lateEntry;
  if (!Number.isFinite(receivedAt) || receivedAt > now) throw DossierErrors.lateEntryInFuture(receivedAt);
  if (now - receivedAt > LATE_ENTRY_MAX_DAYS * DAY_MS) {
    throw DossierErrors.lateEntryTooOld(receivedAt, LATE_ENTRY_MAX_DAYS);
  }
  return receivedAt;
}
