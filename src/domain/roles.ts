/**
 * The officers' roles: the one list that the domain, the contracts, the database types, the
 * server's policies and the web all read. The database keeps the same names in a CHECK constraint.
 */
export const OFFICER_ROLES = [
  "one_stop_officer",
  "specialist",
  "unit_head",
  "agency_leader",
  "procedure_control",
  "system_admin",
  "operator",
] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];
