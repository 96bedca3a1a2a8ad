import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";
import { STATISTICS_PATH } from "../statistics/statistics-api.ts";
import { REPORTS_PATH } from "./reports-api.ts";

/** On the officer's home page: the way to Biểu II.06a and to the statistics (RPT-1), for leaders and the control office. */
export function ReportsLinkCard() {
  const { t } = useTranslation();
  return (
    <>
      <HomeLinkCard
        to={REPORTS_PATH}
        label={t("reports.title")}
        summary={t("reports.homeSummary")}
        data-testid="officer-reports-link"
      />
      <HomeLinkCard
        to={STATISTICS_PATH}
        label={t("officerStatistics.homeLink")}
        summary={t("officerStatistics.homeSummary")}
        data-testid="officer-statistics-link"
      />
    </>
  );
}
