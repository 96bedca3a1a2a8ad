import type { DomainError } from "../errors.ts";
import { DossierErrors } from "./errors.ts";
import type { Dossier } from "./state.ts";

/**
 * Moving along the workflow (PRC-1): a step goes on to the steps listed in its `next` (a branch
 * when several), by default to the following step; no next step means the end (then approval).
 */
export function nextStepsOf(dossier: Dossier, index: number): number[] {
  const step = dossier.workflow.steps[index];
  if (!step) return [];
  if (step.next !== null) return [...step.next];
  return index + 1 < dossier.workflow.steps.length ? [index + 1] : [];
}

/** The next steps at the current step's agency (`sameAgency`) or at other agencies (PRC-4). */
function candidates(dossier: Dossier, sameAgency: boolean): number[] {
  const current = dossier.step;
  if (!current) return [];
  const agencyId = dossier.workflow.steps[current.index]?.agencyId;
  return nextStepsOf(dossier, current.index).filter(
    (index) => (dossier.workflow.steps[index]?.agencyId === agencyId) === sameAgency,
  );
}

/** Payload-free check: is there a next step to hand over to (same agency) or transfer to (another)? */
export function nextStepCheck(dossier: Dossier, sameAgency: boolean): DomainError | null {
  const all = dossier.step ? nextStepsOf(dossier, dossier.step.index) : [];
  if (all.length === 0) return DossierErrors.noNextStep();
  if (candidates(dossier, sameAgency).length > 0) return null;
  return sameAgency ? DossierErrors.nextStepOtherAgency() : DossierErrors.nextStepSameAgency();
}

/** The step chosen by the command (required at a branch), or the refusal. */
export function chooseNextStep(
  dossier: Dossier,
  toStep: number | null | undefined,
  sameAgency: boolean,
): number {
  const allowed = candidates(dossier, sameAgency);
  if (toStep === undefined || toStep === null) {
    if (allowed.length === 1) return allowed[0] as number;
    throw DossierErrors.nextStepRequired(allowed);
  }
  if (!allowed.includes(toStep)) throw DossierErrors.stepIndexInvalid(toStep);
  return toStep;
}
