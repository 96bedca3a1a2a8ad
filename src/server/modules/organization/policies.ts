import type { Role } from "../../db/schema.ts";

/** The agency tree (CFG-3) is data administered by system administrators; others may read it. */
export const organizationPolicies = {
  "agencies.manage": ["system_admin"],
  "agencies.read": ["system_admin", "procedure_control", "operator"],
} as const satisfies Record<string, readonly Role[]>;
