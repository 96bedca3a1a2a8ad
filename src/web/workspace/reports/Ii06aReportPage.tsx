import "../../admin/admin.css";
import "./reports.css";
import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { AdminPageHeader } from "../../admin/AdminPageHeader.tsx";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { useSearchRequest } from "../../lib/useSearchRequest.ts";
import { DashboardLink } from "../dashboard/DashboardLink.tsx";
import { can } from "../roles.ts";
import { FigureDossiers } from "./FigureDossiers.tsx";
import { type ChosenFigure, Ii06aTable } from "./Ii06aTable.tsx";
import { LateExplanationsSection } from "./LateExplanationsSection.tsx";
import { PeriodCloseBar } from "./PeriodCloseBar.tsx";
import { PeriodPicker } from "./PeriodPicker.tsx";
import { Qd766Indicators } from "./Qd766Indicators.tsx";
import { ReportAgencyPicker } from "./ReportAgencyPicker.tsx";
import { periodProblem } from "./report-period.ts";
import { defaultAgencyOf, paramsOf, requestFromParams } from "./report-request.ts";
import { type Ii06aRequest, reportsApi } from "./reports-api.ts";

/** `/can-bo/bao-cao`: Biểu II.06a for a leader's agency or the province, each figure opening its dossiers. */
export default function Ii06aReportPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="reports.read" title={t("reports.title")}>
      {(officer) => <Ii06aReport officer={officer} />}
    </RequireOfficer>
  );
}

function Ii06aReport({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const defaultAgencyId = defaultAgencyOf(officer);
  const [request, ask] = useSearchRequest(
    (params) => requestFromParams(params, { now: Date.now(), agencyId: defaultAgencyId }),
    (next: Ii06aRequest) => paramsOf(next, defaultAgencyId),
  );
  const requestKey = JSON.stringify(request);
  const problem = periodProblem(request);
  const [figure, setFigure] = useState<{ requestKey: string; figure: ChosenFigure } | null>(null);
  const report = useFetched(requestKey, (signal) =>
    problem ? Promise.resolve(null) : reportsApi.ii06a(request, signal),
  );
  const opened = figure?.requestKey === requestKey ? figure.figure : null;

  return (
    <>
      <AdminPageHeader
        title={t("reports.title")}
        intro={t("reports.intro")}
        actions={!problem && <ExportButtons request={request} />}
      >
        <DashboardLink />
        <ReportFilters officer={officer} request={request} onChange={ask} />
        {problem && (
          <Alert color="orange" mt="md" data-testid="report-problem">
            <Text fz="sm">{t(problem)}</Text>
          </Alert>
        )}
      </AdminPageHeader>

      {!problem && (
        <Paper
          withBorder
          p={{ base: "sm", sm: "lg" }}
          mt="lg"
          component="section"
          aria-labelledby="ii06a-heading"
        >
          {report.error ? (
            <Alert color="red" title={t("reports.loadError")} data-testid="report-error">
              <Text fz="sm">{errorText(report.error, t)}</Text>
              <Button mt="sm" variant="outline" onClick={report.reload}>
                {t("admin.retry")}
              </Button>
            </Alert>
          ) : !report.data ? (
            <Stack align="center" gap={0}>
              <PageLoader />
              <Text c="gray.7">{t("reports.loading")}</Text>
            </Stack>
          ) : (
            <>
              <Title order={2} fz="h3" id="ii06a-heading" data-testid="ii06a-heading">
                {t("reports.heading", { period: report.data.periodLabel, unit: report.data.unit.name })}
              </Title>
              <Text fz="sm" c="gray.7" mb="md">
                {t("reports.form")}
              </Text>
              <PeriodCloseBar
                request={request}
                closed={report.data.closed}
                canClose={can(officer.roles, "reports.close")}
                onChanged={report.reload}
              />
              {report.data.rows.length === 0 ? (
                <Text c="gray.7" data-testid="report-empty">
                  {t("reports.empty")}
                </Text>
              ) : (
                <Ii06aTable
                  report={report.data}
                  onOpen={(chosen) => setFigure({ requestKey, figure: chosen })}
                />
              )}
            </>
          )}
        </Paper>
      )}

      {!problem && <Qd766Indicators request={request} />}

      {!problem && <LateExplanationsSection request={request} />}

      {opened && (
        <FigureDossiers
          key={`${opened.column}|${opened.row}`}
          request={request}
          figure={opened}
          onClose={() => setFigure(null)}
        />
      )}
    </>
  );
}

function ReportFilters({
  officer,
  request,
  onChange,
}: {
  officer: CurrentOfficer;
  request: Ii06aRequest;
  onChange: (change: Partial<Ii06aRequest>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" className="mc-no-print">
      <PeriodPicker period={request} onChange={(period) => onChange(period)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <ReportAgencyPicker
          officer={officer}
          value={request.agencyId}
          onChange={(agencyId) => onChange({ agencyId })}
        />
        <div>
          <Text component="span" fz="sm" fw={500} display="block" mb={4} id="report-grouping">
            {t("reports.grouping")}
          </Text>
          <SegmentedControl
            aria-labelledby="report-grouping"
            value={request.by}
            onChange={(by) => onChange({ by: by === "field" ? "field" : "unit" })}
            data={(["unit", "field"] as const).map((value) => ({
              value,
              label: t(`reports.groupings.${value}`),
            }))}
            data-testid="report-grouping"
          />
        </div>
      </SimpleGrid>
    </Stack>
  );
}

/** The same report as files: the Excel workbook, and the PDF in the official layout (opened to print). */
function ExportButtons({ request }: { request: Ii06aRequest }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" className="mc-no-print">
      <Button
        component="a"
        href={reportsApi.ii06aExportUrl(request, "xlsx")}
        download
        variant="outline"
        data-testid="report-export-xlsx"
      >
        {t("reports.exportXlsx")}
      </Button>
      <Button
        component="a"
        href={reportsApi.ii06aExportUrl(request, "pdf")}
        target="_blank"
        rel="noopener"
        data-testid="report-export-pdf"
      >
        {t("reports.exportPdf")}
      </Button>
    </Group>
  );
}
