import "../../admin/admin.css";
import "../reports/reports.css";
import "./dashboard.css";
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { Dashboard } from "../../../contracts/dashboard.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { useAgencyTree } from "../../admin/useAgencyTree.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { formatMoment } from "../../citizen/format.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { ReportDossierList } from "../reports/FigureDossiers.tsx";
import { defaultAgencyOf } from "../reports/report-request.ts";
import { type DashboardFigureRef, dashboardApi } from "./dashboard-api.ts";
import { FigureButton } from "./FigureButton.tsx";
import { GroupFigures } from "./GroupFigures.tsx";
import { LateProcedures } from "./LateProcedures.tsx";
import { TrendChart } from "./TrendChart.tsx";

/** `/can-bo/bang-dieu-khien`: the leaders' dashboard (RPT-1) of their agency, or the province for the control office. */
export default function LeadersDashboardPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="reports.read" title={t("dashboard.title")}>
      {(officer) => <LeadersDashboard officer={officer} />}
    </RequireOfficer>
  );
}

function LeadersDashboard({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const defaultAgencyId = defaultAgencyOf(officer);
  const agencyId = params.get("agencyId") ?? defaultAgencyId;
  const dashboard = useFetched(agencyId ?? "", (signal) => dashboardApi.dashboard(agencyId, signal));
  const [opened, setOpened] = useState<DashboardFigureRef | null>(null);
  const choose = (next: string | null) => {
    setOpened(null);
    setParams(next && next !== defaultAgencyId ? { agencyId: next } : {}, { replace: true });
  };

  return (
    <>
      <AdminPageHeader
        title={t("dashboard.title")}
        intro={t("dashboard.intro")}
        actions={
          <Button variant="outline" onClick={() => window.print()} className="mc-no-print">
            {t("dashboard.print")}
          </Button>
        }
      >
        <DashboardAgency officer={officer} agencyId={agencyId} onChange={choose} />
      </AdminPageHeader>
      {dashboard.error ? (
        <Alert color="red" mt="lg" title={t("dashboard.loadError")} data-testid="dashboard-error">
          <Text fz="sm">{errorText(dashboard.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={dashboard.reload}>
            {t("admin.retry")}
          </Button>
        </Alert>
      ) : !dashboard.data ? (
        <Stack align="center" gap={0} mt="lg">
          <PageLoader />
          <Text c="gray.7">{t("dashboard.loading")}</Text>
        </Stack>
      ) : (
        <DashboardFigures dashboard={dashboard.data} onOpen={setOpened} />
      )}
      {opened && dashboard.data && (
        <ReportDossierList
          key={`${opened.figure}|${opened.key}`}
          title={t("dashboard.drillTitle", { figure: opened.figureLabel, group: opened.groupLabel })}
          fetchKey={JSON.stringify([agencyId, dashboard.data.asOf, opened.figure, opened.key])}
          load={(page, signal) =>
            dashboardApi.dossiers(agencyId, dashboard.data?.asOf ?? "", opened, page, signal)
          }
          onClose={() => setOpened(null)}
          testId="dashboard-drill"
        />
      )}
    </>
  );
}

function DashboardAgency({
  officer,
  agencyId,
  onChange,
}: {
  officer: CurrentOfficer;
  agencyId: string | null;
  onChange: (agencyId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const provinceWide = defaultAgencyOf(officer) === null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} className="mc-no-print">
      <AgencyPicker
        tree={tree}
        value={agencyId}
        onChange={(next) => (next || provinceWide) && onChange(next)}
        label={t("dashboard.agency")}
        placeholder={provinceWide ? t("dashboard.province") : undefined}
        clearable={provinceWide}
        data-testid="dashboard-agency"
      />
    </SimpleGrid>
  );
}

function DashboardFigures({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (f: DashboardFigureRef) => void;
}) {
  const { t } = useTranslation();
  const all = t("dashboard.all");
  return (
    <div className="mc-dashboard">
      <Title order={2} fz="h3" mt="lg" data-testid="dashboard-heading">
        {t("dashboard.heading", { unit: dashboard.unit.name, asOf: formatMoment(dashboard.asOf) })}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }} mt="md" className="mc-dashboard-now" data-testid="dashboard-now">
        {(
          [
            ["inProgress", "in_progress", "brand.8"],
            ["overdue", "overdue", "red.8"],
            ["dueSoon", "due_soon", "orange.9"],
          ] as const
        ).map(([name, figure, color]) => (
          <Paper key={name} withBorder p="md" className="mc-dashboard-card">
            <Text fz="sm" fw={600} c="gray.8">
              {t(`dashboard.now.${name}`)}
            </Text>
            <Text fz={32} c={color} lh={1.2}>
              <FigureButton
                figure={{ figure, key: null, figureLabel: t(`dashboard.now.${name}`), groupLabel: all }}
                count={dashboard.now[name]}
                onOpen={onOpen}
                fw={700}
              />
            </Text>
            {name === "dueSoon" && (
              <Text fz="xs" c="gray.7">
                {t("dashboard.now.dueSoonHint")}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      <TrendChart months={dashboard.months} onOpen={onOpen} />
      <div className="mc-dashboard-pair">
        <GroupFigures
          id="dashboard-by-unit"
          title={t("dashboard.byUnit.title")}
          groupHeading={t("dashboard.byUnit.unit")}
          groups={dashboard.byUnit}
          figures={{ inProgress: "in_progress", overdue: "overdue", dueSoon: "due_soon" }}
          stacked
          onOpen={onOpen}
        />
        <GroupFigures
          id="dashboard-by-step"
          title={t("dashboard.byStep.title")}
          groupHeading={t("dashboard.byStep.step")}
          groups={dashboard.byStep}
          figures={{ inProgress: "step_in_progress", overdue: "step_overdue", dueSoon: "step_due_soon" }}
          stacked={false}
          onOpen={onOpen}
        />
      </div>
      <LateProcedures procedures={dashboard.lateProcedures} onOpen={onOpen} />
    </div>
  );
}
