import type { DomainError } from "../errors.ts";
import type { Actor, OfficerActor } from "./actor.ts";
import { DossierErrors } from "./errors.ts";
import type { Dossier } from "./state.ts";
import type { DossierStatus } from "./status.ts";

/**
 * Who may act (PRC-9). Each predicate answers for one actor and one dossier; the `require*`
 * helpers turn a "no" into the DomainError that names the rule. The server has already checked
 * that the officer holds the role at the agency; here we check that this role at this agency is
 * the one the dossier needs now.
 */

export function isOfficer(actor: Actor): actor is OfficerActor {
  return actor.kind === "officer";
}

/** One-stop actions: a one_stop_officer of the receiving agency. */
export function isOneStop(dossier: Dossier, actor: Actor): boolean {
  return (
    isOfficer(actor) && actor.role === "one_stop_officer" && actor.agencyId === dossier.receivingAgencyId
  );
}

/** PRC-9: the current step's role at the step's unit, and its assignee when there is one. */
export function isStepOfficer(dossier: Dossier, actor: Actor): boolean {
  const step = dossier.step;
  if (!step || !isOfficer(actor)) return false;
  const role = dossier.workflow.steps[step.index]?.role;
  if (actor.role !== role || actor.agencyId !== step.unitId) return false;
  return step.assigneeId === null || step.assigneeId === actor.officerId;
}

/** PRC-9: the unit_head of the unit currently doing the step (who assigns it). */
export function isStepUnitHead(dossier: Dossier, actor: Actor): boolean {
  return isOfficer(actor) && actor.role === "unit_head" && actor.agencyId === dossier.step?.unitId;
}

/** An agency_leader of the agency currently processing the dossier. */
export function isAgencyLeader(dossier: Dossier, actor: Actor): boolean {
  return (
    isOfficer(actor) &&
    actor.role === "agency_leader" &&
    dossier.processingAgencyId !== null &&
    actor.agencyId === dossier.processingAgencyId
  );
}

/**
 * An officer of the processing agency within the workflow: its leader, or the role of one of the
 * agency's steps at that step's unit (result upload, apology, refusal, lateness reason).
 */
export function isAgencyOfficer(dossier: Dossier, actor: Actor): boolean {
  if (isAgencyLeader(dossier, actor)) return true;
  if (!isOfficer(actor) || dossier.processingAgencyId === null) return false;
  const unitOf = (index: number, unitId: string) =>
    dossier.step?.index === index ? dossier.step.unitId : unitId;
  return dossier.workflow.steps.some(
    (step, index) =>
      step.agencyId === dossier.processingAgencyId &&
      step.role === actor.role &&
      unitOf(index, step.unitId) === actor.agencyId,
  );
}

/** Whoever is responsible for the dossier in `status` (the state acted upon). */
export function isResponsibleFor(dossier: Dossier, status: DossierStatus, actor: Actor): boolean {
  switch (status) {
    case "received":
      return isOneStop(dossier, actor);
    case "in_processing":
      return isStepOfficer(dossier, actor) || isAgencyLeader(dossier, actor);
    case "transferred":
    case "awaiting_approval":
    case "approved":
      return isAgencyLeader(dossier, actor);
    default:
      return false;
  }
}

export function isOwner(dossier: Dossier, actor: Actor): boolean {
  return (
    actor.kind === "applicant" &&
    dossier.applicantAccountId !== null &&
    actor.accountId === dossier.applicantAccountId
  );
}

export function isSystem(actor: Actor): boolean {
  return actor.kind === "system";
}

export function requireOneStop(dossier: Dossier, actor: Actor): DomainError | null {
  return isOneStop(dossier, actor) ? null : DossierErrors.notOneStop();
}

export function requireStepOfficer(dossier: Dossier, actor: Actor): DomainError | null {
  if (isStepOfficer(dossier, actor)) return null;
  const step = dossier.step;
  const role = step ? dossier.workflow.steps[step.index]?.role : undefined;
  const sameSeat = step && isOfficer(actor) && actor.role === role && actor.agencyId === step.unitId;
  return sameSeat ? DossierErrors.notAssignee() : DossierErrors.notStepOfficer();
}

export function requireLeader(dossier: Dossier, actor: Actor): DomainError | null {
  return isAgencyLeader(dossier, actor) ? null : DossierErrors.notLeader();
}

export function requireAgencyOfficer(dossier: Dossier, actor: Actor): DomainError | null {
  return isAgencyOfficer(dossier, actor) ? null : DossierErrors.notAgencyOfficer();
}

/** The first refusal among checks, or null when all pass (checks run in order, lazily). */
export function firstError(...checks: (() => DomainError | null)[]): DomainError | null {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return null;
}

/** A non-empty text after trimming, else null. */
export function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Non-empty trimmed texts of a list (blank entries dropped). */
export function texts(values: unknown): string[] {
  return Array.isArray(values) ? values.map(text).filter((value): value is string => value !== null) : [];
}

/** The state guard of a command: refused unless the dossier is in one of `allowed`. */
export function requireStatus(
  dossier: Dossier,
  allowed: readonly DossierStatus[],
  rule: string,
  command: string,
): DomainError | null {
  return allowed.includes(dossier.status) ? null : DossierErrors.status(dossier.status, rule, command);
}
