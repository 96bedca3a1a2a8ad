import type { FinishClass } from "../../deadline/clock.ts";
import type { Actor } from "../actor.ts";
import { DossierErrors } from "../errors.ts";
import { text } from "../guards.ts";
import type { Dossier, LatenessReason } from "../state.ts";

/**
 * PRC-8: a late finish needs the reason for lateness, recorded before (`record_lateness_reason`)
 * or given with the finishing command. Returns the reason to record (null if none is new).
 */
export function latenessReasonFor(
  dossier: Dossier,
  outcome: FinishClass,
  given: string | null | undefined,
  at: number,
  by: Actor,
): LatenessReason | null {
  const reason = text(given);
  if (outcome === "late" && !reason && !dossier.latenessReason) throw DossierErrors.latenessReasonRequired();
  return reason ? { at, by, reason } : null;
}
