import type { Role } from "../../db/schema.ts";

/**
 * RPT-1, RPT-2: the periodic reports are read by an agency's leaders over their agency's subtree
 * and by the provincial control office (kiểm soát TTHC) over the province.
 */
export const reportPolicies = {
  "reports.read": ["agency_leader", "procedure_control"],
  /**
   * RPT-3, RPT-4: closing (and reopening) a month's figures is the reporting officials' act: the
   * agency's leader for their subtree, the control office for the province.
   */
  "reports.close": ["agency_leader", "procedure_control"],
} as const satisfies Record<string, readonly Role[]>;
