import type { Role } from "../../db/schema.ts";

/**
 * Who may do what with e-forms (CFG-2). Forms belong to procedures, which are province-wide (the
 * catalog), so editing is for the provincial procedure-control office and system administrators;
 * the operator reads but never changes state data (ACC-4). Reading a published form, checking data
 * against it and the address lists are public.
 */
export const formPolicies = {
  "forms.manage": ["system_admin", "procedure_control"],
  "forms.read": ["system_admin", "procedure_control", "operator"],
} as const satisfies Record<string, readonly Role[]>;
