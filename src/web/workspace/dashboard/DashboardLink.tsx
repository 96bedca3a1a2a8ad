import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DASHBOARD_PATH } from "./dashboard-api.ts";

/** From the reports page's header: the way to the leaders' dashboard. */
export function DashboardLink() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={DASHBOARD_PATH}
      fw={600}
      fz="sm"
      className="mc-no-print"
      data-testid="reports-dashboard-link"
    >
      {t("dashboard.link")} →
    </Anchor>
  );
}
