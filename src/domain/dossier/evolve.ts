import { type DeadlineClock, isPaused, resumeClock } from "../deadline/clock.ts";
import { DomainError } from "../errors.ts";
import { closePause, closeSegment } from "./apply-helpers.ts";
import type { DossierEvent } from "./events.ts";
import { applierOf } from "./registry.ts";
import type { Dossier } from "./state.ts";
import { isFinalStatus } from "./status.ts";
import { lapseAll } from "./sub-deadlines.ts";

/**
 * Applying events: the only way a dossier changes. `evolve` needs no calendar and no clock of its
 * own, so `replay(history)` rebuilds exactly the dossier that the transitions produced (the
 * persistence layer checks row == replay).
 */

function historyError(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError("DOSSIER_HISTORY_INVALID", `Lịch sử hồ sơ không hợp lệ: ${message}.`, { details });
}

function resumed(clock: DeadlineClock | null, at: number): DeadlineClock | null {
  return clock && isPaused(clock) ? resumeClock(clock, at) : clock;
}

/**
 * A dossier in a final state keeps nothing open: its end instant is set, the agency's period and
 * any pause end, open sub-deadlines lapse. Idempotent (after-the-end events such as RES-5 keep it).
 */
function closeOut(dossier: Dossier, at: number): Dossier {
  const step = dossier.step;
  return {
    ...dossier,
    closedAt: dossier.closedAt ?? at,
    clock: resumed(dossier.clock, at),
    step: step ? { ...step, clock: resumed(step.clock, at) ?? step.clock } : null,
    pauses: closePause(dossier, at, null),
    agencySegments: closeSegment(dossier.agencySegments, at),
    subDeadlines: lapseAll(dossier.subDeadlines, at),
  };
}

function assertInSequence(dossier: Dossier | null, event: DossierEvent): void {
  if (!dossier) {
    if (event.version !== 1)
      throw historyError("sự kiện đầu tiên phải có phiên bản 1", { version: event.version });
    return;
  }
  if (event.dossierId !== dossier.id) {
    throw historyError("sự kiện của hồ sơ khác", { dossierId: event.dossierId, expected: dossier.id });
  }
  if (event.version !== dossier.version + 1) {
    throw historyError("phiên bản không liên tiếp", {
      version: event.version,
      expected: dossier.version + 1,
    });
  }
  if (event.at < dossier.lastEventAt) throw historyError("thời điểm lùi", { at: event.at });
}

/** Applies one event (its version must follow the dossier's). */
export function evolve(dossier: Dossier | null, event: DossierEvent): Dossier {
  assertInSequence(dossier, event);
  const apply = applierOf(event.type);
  if (!apply) throw historyError(`loại sự kiện "${event.type}" không xác định`, { type: event.type });
  const next = { ...apply(dossier, event), version: event.version, lastEventAt: event.at };
  return isFinalStatus(next.status) ? closeOut(next, event.at) : next;
}

/** Rebuilds a dossier from its whole history, oldest event first. */
export function replay(events: readonly DossierEvent[]): Dossier {
  let dossier: Dossier | null = null;
  for (const event of events) dossier = evolve(dossier, event);
  if (!dossier) throw historyError("không có sự kiện nào", {});
  return dossier;
}
