export const INBOX_PATH = "/can-bo/ho-so";
export const dossierPath = (dossierId: string) => `${INBOX_PATH}/${encodeURIComponent(dossierId)}`;

/** The roles that work on dossiers (the server's `dossiers.read`); others have no inbox. */
const DOSSIER_ROLES: readonly string[] = [
  "one_stop_officer",
  "specialist",
  "unit_head",
  "agency_leader",
  "procedure_control",
];

export function worksOnDossiers(roles: readonly string[]): boolean {
  return roles.some((role) => DOSSIER_ROLES.includes(role));
}
