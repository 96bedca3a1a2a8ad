import type { Role } from "../../db/schema.ts";

/** Who may do what with calendars. The operator reads but never changes state data (ACC-4). */
export const calendarPolicies = {
  "calendar.manage": ["system_admin", "procedure_control"],
  "calendar.history.read": ["system_admin", "procedure_control", "operator"],
} as const satisfies Record<string, readonly Role[]>;
