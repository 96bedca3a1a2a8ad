import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dossiersApi } from "../../api-client/dossiers.ts";

/** A file of the dossier, opened in a new tab. */
export function FileLink({
  dossierId,
  fileId,
  name,
}: {
  dossierId: string;
  fileId: string;
  name: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={dossiersApi.fileUrl(dossierId, fileId)}
      target="_blank"
      rel="noopener"
      fz="sm"
      className="mc-break"
    >
      {name ?? t("dossierPage.file")}
    </Anchor>
  );
}
