import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";
import { REPORTS_PATH } from "./reports-api.ts";

/** On the officer's home page: the way to Biểu II.06a, for leaders and the control office. */
export function ReportsLinkCard() {
  const { t } = useTranslation();
  return (
    <HomeLinkCard
      to={REPORTS_PATH}
      label={t("reports.title")}
      summary={t("reports.homeSummary")}
      data-testid="officer-reports-link"
    />
  );
}
