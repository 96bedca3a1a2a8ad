import type { ConsentPurpose, ConsentRecord } from "../../contracts/citizen.ts";
import { formatDate, formatTime, parseIsoDate, vietnamWallClock } from "../lib/wall-clock.ts";

/** `038085012345` → `••••••••2345`: only the last 4 digits are shown until the citizen asks. */
export function maskIdentityNumber(value: string): string {
  const visible = value.slice(-4);
  return "•".repeat(Math.max(0, value.length - visible.length)) + visible;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`; anything else is shown as it came. */
export function formatBirthDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? formatDate(date) : value;
}

/** An ISO instant as `HH:MM dd/mm/yyyy` in Vietnam time. */
export function formatMoment(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const w = vietnamWallClock(instant);
  return `${formatTime(w)} ${formatDate(w)}`;
}

export interface ConsentEvent {
  /** `granted`: agreed to `textVersion`; `withdrawn`: took it back; `superseded`: replaced by
   * agreeing to a newer text (`newVersion`) at the same moment. */
  kind: "granted" | "withdrawn" | "superseded";
  purpose: ConsentPurpose;
  textVersion: string;
  newVersion?: string;
  at: string;
}

/**
 * The consent history as events, newest first: each record is a grant and, once closed, a
 * withdrawal — or, when it was closed by a grant of a newer text of the same purpose at the same
 * instant, a replacement.
 */
export function consentEvents(history: readonly ConsentRecord[]): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const record of history) {
    const { purpose, textVersion } = record;
    events.push({ kind: "granted", purpose, textVersion, at: record.grantedAt });
    if (record.withdrawnAt === null) continue;
    const closedAt = Date.parse(record.withdrawnAt);
    const successor = history.find(
      (other) =>
        other !== record &&
        other.purpose === purpose &&
        other.textVersion !== textVersion &&
        Date.parse(other.grantedAt) === closedAt,
    );
    events.push(
      successor
        ? {
            kind: "superseded",
            purpose,
            textVersion,
            newVersion: successor.textVersion,
            at: record.withdrawnAt,
          }
        : { kind: "withdrawn", purpose, textVersion, at: record.withdrawnAt },
    );
  }
  // Newest first; at the same instant a replacement is listed under the grant that caused it.
  const order = { granted: 0, withdrawn: 1, superseded: 1 };
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        Date.parse(b.event.at) - Date.parse(a.event.at) ||
        order[a.event.kind] - order[b.event.kind] ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}
