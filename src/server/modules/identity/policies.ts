import type { Role } from "../../db/schema.ts";

const EVERY_ROLE = [
  "one_stop_officer",
  "specialist",
  "unit_head",
  "agency_leader",
  "procedure_control",
  "system_admin",
  "operator",
] as const satisfies readonly Role[];

/** What every signed-in officer may do to their own account. */
export const identityPolicies = {
  "self.manage": EVERY_ROLE,
} as const satisfies Record<string, readonly Role[]>;
