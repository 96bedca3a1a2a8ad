import type { Role } from "../../db/schema.ts";

/** The audit trail is read by administrators, the provincial control office and the operator. */
export const auditPolicies = {
  "audit.read": ["system_admin", "procedure_control", "operator"],
} as const satisfies Record<string, readonly Role[]>;
