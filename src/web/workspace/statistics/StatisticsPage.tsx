import "../../admin/admin.css";
import { Alert, Button, NativeSelect, Paper, SimpleGrid, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { STATISTICS_GROUPINGS, type StatisticsGrouping } from "../../../contracts/statistics.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { type Fetched, useFetched } from "../../lib/useFetched.ts";
import { useSearchRequest } from "../../lib/useSearchRequest.ts";
import { ReportDossierList } from "../reports/FigureDossiers.tsx";
import { PeriodPicker } from "../reports/PeriodPicker.tsx";
import { ReportAgencyPicker } from "../reports/ReportAgencyPicker.tsx";
import { periodProblem } from "../reports/report-period.ts";
import { defaultAgencyOf } from "../reports/report-request.ts";
import { OfficerUsageTable } from "./OfficerUsageTable.tsx";
import { type ChosenStatistic, StatisticsTable } from "./StatisticsTable.tsx";
import { type StatisticsRequest, statisticsApi } from "./statistics-api.ts";
import { type StatisticsTab, statisticsParamsOf, statisticsRequestOf } from "./statistics-request.ts";

type Asked = StatisticsRequest & { tab: StatisticsTab };

/** RPT-1, seed 001 Art. 5.1.d: statistics by field, unit, status, step or officer, and officer usage. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="reports.read" title={t("officerStatistics.title")}>
      {(officer) => <Statistics officer={officer} />}
    </RequireOfficer>
  );
}

function Statistics({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const defaultAgencyId = defaultAgencyOf(officer);
  const [asked, ask] = useSearchRequest(
    (params) => statisticsRequestOf(params, { now: Date.now(), agencyId: defaultAgencyId }),
    (next: Asked) => statisticsParamsOf(next, defaultAgencyId),
  );
  const problem = periodProblem(asked);

  return (
    <>
      <AdminPageHeader title={t("officerStatistics.title")} intro={t("officerStatistics.intro")}>
        <Filters officer={officer} asked={asked} onChange={ask} />
        {problem && (
          <Alert color="orange" mt="md" data-testid="report-problem">
            <Text fz="sm">{t(problem)}</Text>
          </Alert>
        )}
      </AdminPageHeader>
      {!problem && (
        <Tabs
          value={asked.tab}
          onChange={(tab) => ask({ tab: tab === "officers" ? "officers" : "figures" })}
          mt="lg"
        >
          <Tabs.List>
            <Tabs.Tab value="figures" data-testid="statistics-tab-figures">
              {t("officerStatistics.tabs.figures")}
            </Tabs.Tab>
            <Tabs.Tab value="officers" data-testid="statistics-tab-officers">
              {t("officerStatistics.tabs.officers")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="figures">
            {asked.tab === "figures" && <Figures request={asked} onGroupBy={(groupBy) => ask({ groupBy })} />}
          </Tabs.Panel>
          <Tabs.Panel value="officers">
            {asked.tab === "officers" && <OfficerUsage request={asked} />}
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}

function Filters({
  officer,
  asked,
  onChange,
}: {
  officer: CurrentOfficer;
  asked: Asked;
  onChange: (change: Partial<Asked>) => void;
}) {
  return (
    <Stack gap="sm" className="mc-no-print">
      <PeriodPicker period={asked} onChange={(period) => onChange(period)} />
      <ReportAgencyPicker
        officer={officer}
        value={asked.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
      />
    </Stack>
  );
}

function Figures({
  request,
  onGroupBy,
}: {
  request: StatisticsRequest;
  onGroupBy: (groupBy: StatisticsGrouping) => void;
}) {
  const { t } = useTranslation();
  const key = JSON.stringify(request);
  const report = useFetched(key, (signal) => statisticsApi.statistics(request, signal));
  const [chosen, setChosen] = useState<{ key: string; figure: ChosenStatistic } | null>(null);
  const opened = chosen?.key === key ? chosen.figure : null;
  return (
    <>
      <Paper
        withBorder
        p={{ base: "sm", sm: "lg" }}
        mt="md"
        component="section"
        aria-labelledby="statistics-heading"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          <NativeSelect
            label={t("officerStatistics.grouping")}
            value={request.groupBy}
            onChange={(event) => onGroupBy(event.currentTarget.value as StatisticsGrouping)}
            data={STATISTICS_GROUPINGS.map((value) => ({
              value,
              label: t(`officerStatistics.groupings.${value}`),
            }))}
            data-testid="statistics-grouping"
          />
        </SimpleGrid>
        <Loaded fetched={report} headingId="statistics-heading">
          {(data) => (
            <>
              {data.groupBy === "officer" && (
                <Text fz="sm" c="gray.7" mb="sm">
                  {t("officerStatistics.officerNote")}
                </Text>
              )}
              {data.rows.length === 0 ? (
                <Text c="gray.7" data-testid="statistics-empty">
                  {t("officerStatistics.empty")}
                </Text>
              ) : (
                <StatisticsTable report={data} onOpen={(figure) => setChosen({ key, figure })} />
              )}
            </>
          )}
        </Loaded>
      </Paper>
      {opened && (
        <ReportDossierList
          key={`${opened.column}|${opened.row}`}
          title={t("officerStatistics.drillTitle", { column: opened.columnLabel, row: opened.rowLabel })}
          fetchKey={JSON.stringify([request, opened.column, opened.row])}
          load={(page, signal) => statisticsApi.dossiers(request, opened, page, signal)}
          onClose={() => setChosen(null)}
          testId="statistics-drill"
        />
      )}
    </>
  );
}

function OfficerUsage({ request }: { request: StatisticsRequest }) {
  const { from, to, agencyId } = request;
  const usage = useFetched(JSON.stringify([from, to, agencyId]), (signal) =>
    statisticsApi.officerUsage(request, signal),
  );
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="md"
      component="section"
      aria-labelledby="officer-usage-heading"
    >
      <Loaded fetched={usage} headingId="officer-usage-heading">
        {(data) => <OfficerUsageTable report={data} />}
      </Loaded>
    </Paper>
  );
}

/** A report being fetched: the error with a retry, the loader, or the report under its heading. */
function Loaded<T extends { periodLabel: string; unit: { name: string } }>({
  fetched,
  headingId,
  children,
}: {
  fetched: Fetched<T>;
  headingId: string;
  children: (data: T) => React.ReactNode;
}) {
  const { t } = useTranslation();
  if (fetched.error)
    return (
      <Alert color="red" title={t("officerStatistics.loadError")} data-testid="statistics-error">
        <Text fz="sm">{errorText(fetched.error, t)}</Text>
        <Button mt="sm" variant="outline" onClick={fetched.reload}>
          {t("admin.retry")}
        </Button>
      </Alert>
    );
  if (!fetched.data)
    return (
      <Stack align="center" gap={0}>
        <PageLoader />
        <Text c="gray.7">{t("officerStatistics.loading")}</Text>
      </Stack>
    );
  return (
    <>
      <Title order={2} fz="h3" id={headingId} mb="sm" data-testid={`${headingId}-title`}>
        {t("officerStatistics.heading", { period: fetched.data.periodLabel, unit: fetched.data.unit.name })}
      </Title>
      {children(fetched.data)}
    </>
  );
}
