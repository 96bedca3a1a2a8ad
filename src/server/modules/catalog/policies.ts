import type { Role } from "../../db/schema.ts";

/**
 * Who may do what with the procedure catalog, province-wide. The provincial procedure-control
 * office (KSTTHC) and system administrators keep it; the operator reads but never changes state
 * data (ACC-4). Reading the published catalog is public.
 */
export const catalogPolicies = {
  "catalog.manage": ["system_admin", "procedure_control"],
  "catalog.read": ["system_admin", "procedure_control", "operator"],
} as const satisfies Record<string, readonly Role[]>;
