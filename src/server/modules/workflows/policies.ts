import type { Role } from "../../db/schema.ts";

/**
 * Who may do what with electronic workflows (PRC-1; seed 003 Art. 23), scoped by the agency the
 * workflow belongs to. The agency's leaders and heads of unit write them with the provincial
 * procedure-control office and system administrators; approval is the procedure-control office's
 * or the agency leader's, and never by whoever wrote or submitted the version (checked in
 * approve-workflow-version.ts). The operator reads but never changes state data (ACC-4).
 */
export const workflowPolicies = {
  "workflows.edit": ["system_admin", "procedure_control", "agency_leader", "unit_head"],
  "workflows.approve": ["procedure_control", "agency_leader"],
  "workflows.read": ["system_admin", "procedure_control", "agency_leader", "unit_head", "operator"],
} as const satisfies Record<string, readonly Role[]>;
