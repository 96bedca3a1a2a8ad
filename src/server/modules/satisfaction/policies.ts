import type { Role } from "../../db/schema.ts";

/**
 * SAT-3: feedback and petitions are received and answered for an agency by its one-stop office
 * (Bộ phận Một cửa) and its leaders, over the agency's subtree; the provincial control office
 * (kiểm soát TTHC) over the province, as it handles feedback on regulations.
 */
export const satisfactionPolicies = {
  "feedback.handle": ["one_stop_officer", "agency_leader", "procedure_control"],
} as const satisfies Record<string, readonly Role[]>;
