import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";
import { RECEPTION_PATH } from "./reception-paths.ts";

/** On the officer's home page, for one-stop officers: the way to the counter's reception. */
export function ReceptionLinkCard() {
  const { t } = useTranslation();
  return (
    <HomeLinkCard
      title={t("receptionArea.title")}
      to={RECEPTION_PATH}
      label={t("counterReception.homeLink")}
      summary={t("counterReception.homeSummary")}
      data-testid="officer-reception-link"
    />
  );
}
