import { useTranslation } from "react-i18next";
import { DOSSIER_STATUSES, type DossierStatus } from "../../../domain/dossier/status.ts";

const isDossierStatus = (status: string): status is DossierStatus =>
  (DOSSIER_STATUSES as readonly string[]).includes(status);

/** The status in the reader's language; a status this page does not know keeps the server's label. */
export function useStatusLabel(): (status: string, serverLabel: string) => string {
  const { t } = useTranslation();
  return (status, serverLabel) => (isDossierStatus(status) ? t(`dossierStatus.${status}`) : serverLabel);
}
