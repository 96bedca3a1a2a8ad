import type { Role } from "../../db/schema.ts";

/**
 * Officer accounts are managed by system administrators within their agency scope (ACC-1, ACC-2).
 * The operator may look, not change (ACC-4).
 */
export const accountPolicies = {
  "accounts.manage": ["system_admin"],
  "accounts.read": ["system_admin", "operator"],
} as const satisfies Record<string, readonly Role[]>;
