import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Role } from "../../contracts/accounts.ts";
import { OFFICER_ROLES, type OfficerRole } from "../../domain/roles.ts";

export const allRoles: readonly Role[] = OFFICER_ROLES;

function isKnownRole(role: string): role is OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(role);
}

/**
 * Which roles may use what, as the server's `policies.ts` files grant it (the server checks every
 * request again, for the agency concerned). The web only uses this to show or hide pages and buttons.
 */
export const permissions = {
  "calendar.edit": ["system_admin", "procedure_control"],
  "accounts.read": ["system_admin", "operator"],
  "accounts.manage": ["system_admin"],
  "agencies.read": ["system_admin", "procedure_control", "operator"],
  "agencies.manage": ["system_admin"],
  "audit.read": ["system_admin", "procedure_control", "operator"],
  "integrations.read": ["system_admin", "operator"],
  "integrations.manage": ["system_admin"],
  "reconciliation.read": ["system_admin", "procedure_control", "operator"],
  "reconciliation.run": ["system_admin", "procedure_control"],
  "catalog.read": ["system_admin", "procedure_control", "operator"],
  "catalog.manage": ["system_admin", "procedure_control"],
  "forms.read": ["system_admin", "procedure_control", "operator"],
  "forms.manage": ["system_admin", "procedure_control"],
  "workflows.read": ["system_admin", "procedure_control", "agency_leader", "unit_head", "operator"],
  "workflows.edit": ["system_admin", "procedure_control", "agency_leader", "unit_head"],
  "workflows.approve": ["procedure_control", "agency_leader"],
  "dossiers.read": ["one_stop_officer", "specialist", "unit_head", "agency_leader", "procedure_control"],
  "reports.read": ["agency_leader", "procedure_control"],
  "reports.close": ["agency_leader", "procedure_control"],
  "feedback.handle": ["one_stop_officer", "agency_leader", "procedure_control"],
} as const satisfies Record<string, readonly Role[]>;
export type WebPermission = keyof typeof permissions;

export function can(roles: readonly string[], permission: WebPermission): boolean {
  const allowed: readonly string[] = permissions[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Human label of a role code; an unknown code is shown as is rather than hidden. */
export function roleLabelOf(role: string, t: TFunction): string {
  return isKnownRole(role) ? t(`roles.${role}`) : role;
}

export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return (role) => roleLabelOf(role, t);
}
