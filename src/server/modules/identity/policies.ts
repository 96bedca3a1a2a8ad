import { OFFICER_ROLES } from "../../../domain/roles.ts";
import type { Role } from "../../db/schema.ts";

/** What every signed-in officer may do to their own account. */
export const identityPolicies = {
  "self.manage": OFFICER_ROLES,
} as const satisfies Record<string, readonly Role[]>;
