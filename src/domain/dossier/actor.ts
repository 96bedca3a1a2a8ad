import type { OfficerRole } from "../roles.ts";

/**
 * Who issues a command. The server authenticates the person and checks that the officer really
 * holds `role` at `agencyId` (possibly through the agency tree); the domain then checks that this
 * role at this agency may act on this dossier now (PRC-9).
 */

/** Roles that a workflow step may require (operators and administrators never handle dossiers, ACC-4). */
export const STEP_ROLES = ["one_stop_officer", "specialist", "unit_head", "agency_leader"] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export interface OfficerActor {
  readonly kind: "officer";
  readonly officerId: string;
  /** The role the officer acts under for this command. */
  readonly role: OfficerRole;
  /** The agency (or unit) at which the officer holds that role. */
  readonly agencyId: string;
}

/** A signed-in citizen or organization (e-ID account, REC-4). */
interface ApplicantActor {
  readonly kind: "applicant";
  readonly accountId: string;
}

/** A scheduled job or an integration (fee timeout, late warnings, payment confirmations). */
interface SystemActor {
  readonly kind: "system";
  readonly job: string;
}

export type Actor = OfficerActor | ApplicantActor | SystemActor;

export const officer = (officerId: string, role: OfficerRole, agencyId: string): OfficerActor => ({
  kind: "officer",
  officerId,
  role,
  agencyId,
});
export const applicant = (accountId: string): ApplicantActor => ({ kind: "applicant", accountId });
export const system = (job: string): SystemActor => ({ kind: "system", job });
