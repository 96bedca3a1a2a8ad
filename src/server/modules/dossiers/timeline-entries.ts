import { type ControlSlipRow, controlSlipRows, type Dossier } from "../../../domain/dossier/index.ts";

/** A stored event as the timeline reads it. */
interface TimelineEvent {
  readonly type: string;
  readonly version: number;
  readonly payload: unknown;
}

/** The events that recorded a hand-over (PRC-2: a step finished), in the order of `dossier.handOvers`. */
function recordsHandOver(event: TimelineEvent): boolean {
  return typeof event.payload === "object" && event.payload !== null && "handOver" in event.payload;
}

/**
 * PRC-2: each hand-over event's timing (early / on time / late of the step it finished, and the
 * due it was measured against), taken from `controlSlipRows` like Mẫu 05's rows; null for the
 * other events. The n-th event that recorded a hand-over is the n-th hand-over of the state.
 */
export function handOverTimings(
  dossier: Dossier,
  events: readonly TimelineEvent[],
): Map<number, Pick<ControlSlipRow, "outcome" | "due">> {
  const rows = controlSlipRows(dossier);
  const timings = new Map<number, Pick<ControlSlipRow, "outcome" | "due">>();
  let next = 0;
  for (const event of events) {
    if (!recordsHandOver(event)) continue;
    const row = rows[next];
    next += 1;
    if (row) timings.set(event.version, { outcome: row.outcome, due: row.due });
  }
  return timings;
}
