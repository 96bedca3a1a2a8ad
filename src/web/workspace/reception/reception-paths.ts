/** The counter's reception page. */
export const RECEPTION_PATH = "/can-bo/tiep-nhan";

/** The dossier page of the officers' workspace. */
export function dossierPagePath(dossierId: string): string {
  return `/can-bo/ho-so/${dossierId}`;
}

/** Who receives at the counter (the server checks the seat at the receiving agency again). */
export function isOneStopOfficer(roles: readonly string[]): boolean {
  return roles.includes("one_stop_officer");
}
