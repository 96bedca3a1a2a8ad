import { useTranslation } from "react-i18next";
import { HomeLinkCard } from "../HomeLinkCard.tsx";
import { DASHBOARD_PATH } from "./dashboard-api.ts";

/** On the officer's home page: the way to the leaders' dashboard, for those who read reports. */
export function DashboardLinkCard() {
  const { t } = useTranslation();
  return (
    <HomeLinkCard
      to={DASHBOARD_PATH}
      label={t("dashboard.title")}
      summary={t("dashboard.homeSummary")}
      data-testid="officer-dashboard-link"
    />
  );
}
