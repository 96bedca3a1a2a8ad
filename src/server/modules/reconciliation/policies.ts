import type { Role } from "../../db/schema.ts";

/**
 * INT-1: the reconciliation with the national portal is the provincial procedure-control office's
 * (KSTTHC) tool, province-wide; administrators run it too, the operator reads it (ACC-4).
 */
export const reconciliationPolicies = {
  "reconciliation.read": ["system_admin", "procedure_control", "operator"],
  "reconciliation.run": ["system_admin", "procedure_control"],
} as const satisfies Record<string, readonly Role[]>;
