/**
 * Who issues a command. The server authenticates the person and checks that the officer really
 * holds `role` at `agencyId` (possibly through the agency tree); the domain then checks that this
 * role at this agency may act on this dossier now (PRC-9).
 */

/** The officers' roles (the same names as the identity module's roles). */
export const OFFICER_ROLES = [
  "one_stop_officer",
  "specialist",
  "unit_head",
  "agency_leader",
  "procedure_control",
  "system_admin",
  "operator",
] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

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
export interface ApplicantActor {
  readonly kind: "applicant";
  readonly accountId: string;
}

/** A scheduled job or an integration (fee timeout, late warnings, payment confirmations). */
export interface SystemActor {
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

/** A stable one-line identity of an actor, e.g. `officer:42`, `applicant:abc`, `system:fee-timeout`. */
export function actorKey(actor: Actor): string {
  switch (actor.kind) {
    case "officer":
      return `officer:${actor.officerId}`;
    case "applicant":
      return `applicant:${actor.accountId}`;
    case "system":
      return `system:${actor.job}`;
  }
}
