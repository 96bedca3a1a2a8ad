import type { Role } from "../../db/schema.ts";

/** The integrations' delivery health is read by administrators and the operator; only administrators resolve a parked message (ACC-4). */
export const deliveryPolicies = {
  "integrations.read": ["system_admin", "operator"],
  "integrations.manage": ["system_admin"],
} as const satisfies Record<string, readonly Role[]>;
