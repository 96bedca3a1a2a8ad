import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAgencyTree } from "../../admin/useAgencyTree.ts";
import { errorText } from "../../api-client/error-text.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { PeriodPicker } from "../../workspace/reports/PeriodPicker.tsx";
import { lastMonth, periodProblem } from "../../workspace/reports/report-period.ts";
import { SatisfactionSection } from "../feedback/SatisfactionSection.tsx";
import { StatisticsChart } from "./StatisticsChart.tsx";
import { StatisticsTable } from "./StatisticsTable.tsx";
import { type StatisticsRequest, statisticsApi } from "./statistics-api.ts";

/**
 * `/thong-ke` (RPT-6): handling statistics per agency and period for anyone, no sign-in: the
 * figures of Biểu II.06a (a closed month as it was reported), as a table and a bar chart.
 */
export default function PublicStatisticsPage() {
  const { t } = useTranslation();
  const { tree } = useAgencyTree();
  const [request, setRequest] = useState<StatisticsRequest>(() => ({
    ...lastMonth(Date.now()),
    agencyId: null,
  }));
  const problem = periodProblem(request);
  const statistics = useFetched(JSON.stringify(request), (signal) =>
    problem ? Promise.resolve(null) : statisticsApi.get(request, signal),
  );
  const data = statistics.data;
  return (
    <Stack gap="lg" data-testid="statistics-page">
      <PageTitle>{t("publicStatistics.title")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "1.5rem", sm: "1.875rem" }} mb={4}>
          {t("publicStatistics.title")}
        </Title>
        <Text c="gray.8" mb="md">
          {t("publicStatistics.intro")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <PeriodPicker period={request} onChange={(period) => setRequest({ ...request, ...period })} />
          <AgencyPicker
            tree={tree}
            value={request.agencyId}
            onChange={(agencyId) => setRequest({ ...request, agencyId })}
            label={t("publicStatistics.agency")}
            placeholder={t("publicStatistics.province")}
            clearable
            data-testid="statistics-agency"
          />
        </SimpleGrid>
        {problem && (
          <Alert color="orange" mt="md">
            <Text fz="sm">{t(problem)}</Text>
          </Alert>
        )}
      </Paper>
      {!problem && (
        <Paper
          withBorder
          p={{ base: "sm", sm: "lg" }}
          component="section"
          aria-labelledby="statistics-heading"
        >
          {statistics.error ? (
            <Alert color="red" title={t("publicStatistics.loadError")} data-testid="statistics-error">
              <Text fz="sm">{errorText(statistics.error, t)}</Text>
              <Button mt="sm" variant="outline" onClick={statistics.reload}>
                {t("admin.retry")}
              </Button>
            </Alert>
          ) : !data ? (
            <Stack align="center" gap={0}>
              <PageLoader />
              <Text c="gray.7">{t("publicStatistics.loading")}</Text>
            </Stack>
          ) : (
            <Stack gap="md">
              <div>
                <Title order={2} fz="h3" id="statistics-heading" data-testid="statistics-heading">
                  {t("publicStatistics.heading", { period: data.periodLabel, unit: data.unit.name })}
                </Title>
                <Text fz="sm" c="gray.7" data-testid="statistics-freshness">
                  {data.closedAt
                    ? t("publicStatistics.closed", { date: formatInstant(data.closedAt) })
                    : t("publicStatistics.live")}
                </Text>
              </div>
              {data.agencies.length === 0 ? (
                <Text c="gray.7" data-testid="statistics-empty">
                  {t("publicStatistics.empty")}
                </Text>
              ) : (
                <>
                  <StatisticsTable statistics={data} />
                  <StatisticsChart statistics={data} />
                </>
              )}
            </Stack>
          )}
        </Paper>
      )}
      <SatisfactionSection />
    </Stack>
  );
}
