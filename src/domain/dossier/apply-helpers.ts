import type { AgencySegment, Dossier, PauseRecord, SupplementRequestKind } from "./state.ts";
import { closeSubDeadlines, type SubDeadline, type SubDeadlineClosure } from "./sub-deadlines.ts";

/** Small, calendar-free updates shared by the handlers' `apply` functions. */

export function withDeadlines(
  dossier: Dossier,
  at: number,
  close: readonly SubDeadlineClosure[],
  open: readonly SubDeadline[] = [],
): Dossier["subDeadlines"] {
  return [...closeSubDeadlines(dossier.subDeadlines, close, at), ...open];
}

/** Marks the last open Mẫu 02 request of a kind as fulfilled. */
export function fulfilRequest(
  dossier: Dossier,
  kind: SupplementRequestKind,
  at: number,
): Dossier["supplementRequests"] {
  const index = dossier.supplementRequests.findLastIndex(
    (entry) => entry.kind === kind && entry.fulfilledAt === null,
  );
  return dossier.supplementRequests.map((entry, i) => (i === index ? { ...entry, fulfilledAt: at } : entry));
}

export function openPause(dossier: Dossier): PauseRecord | undefined {
  const last = dossier.pauses[dossier.pauses.length - 1];
  return last && last.to === null ? last : undefined;
}

/** Ends the open pause record at `at`. */
export function closePause(dossier: Dossier, at: number, resumeRef: string | null): Dossier["pauses"] {
  return dossier.pauses.map((pause) => (pause.to === null ? { ...pause, to: at, resumeRef } : pause));
}

export function closeSegment(segments: readonly AgencySegment[], at: number): AgencySegment[] {
  return segments.map((segment) => (segment.to === null ? { ...segment, to: at } : segment));
}

/** PRC-4: the agency starts holding the dossier at `at` (the previous holder's period ends). */
export function openSegment(
  segments: readonly AgencySegment[],
  agencyId: string,
  at: number,
): AgencySegment[] {
  return [...closeSegment(segments, at), { agencyId, from: at, to: null }];
}

/** Replaces the last element of a list (the open withdrawal or cancellation). */
export function replaceLast<T>(list: readonly T[], update: (last: T) => T): T[] {
  return list.map((entry, index) => (index === list.length - 1 ? update(entry) : entry));
}
