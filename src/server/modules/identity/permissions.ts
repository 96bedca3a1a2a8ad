import type { Role } from "../../db/schema.ts";
import { accountPolicies } from "../accounts/policies.ts";
import { auditPolicies } from "../audit/policies.ts";
import { calendarPolicies } from "../calendar/policies.ts";
import { catalogPolicies } from "../catalog/policies.ts";
import { deliveryPolicies } from "../delivery/policies.ts";
import { dossierPolicies } from "../dossiers/policies.ts";
import { formPolicies } from "../forms/policies.ts";
import { organizationPolicies } from "../organization/policies.ts";
import { paymentPolicies } from "../payments/policies.ts";
import { reconciliationPolicies } from "../reconciliation/policies.ts";
import { reportPolicies } from "../reports/policies.ts";
import { satisfactionPolicies } from "../satisfaction/policies.ts";
import { workflowPolicies } from "../workflows/policies.ts";
import { identityPolicies } from "./policies.ts";

/**
 * Every permission of the system and the roles that hold it, gathered from each module's
 * policies.ts. A route names one permission in its access rule (http/access.ts).
 */
const PERMISSIONS = {
  ...identityPolicies,
  ...accountPolicies,
  ...auditPolicies,
  ...calendarPolicies,
  ...organizationPolicies,
  ...catalogPolicies,
  ...formPolicies,
  ...workflowPolicies,
  ...dossierPolicies,
  ...deliveryPolicies,
  ...reportPolicies,
  ...reconciliationPolicies,
  ...paymentPolicies,
  ...satisfactionPolicies,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
