export const INBOX_PATH = "/can-bo/ho-so";
export const dossierPath = (dossierId: string) => `${INBOX_PATH}/${encodeURIComponent(dossierId)}`;
