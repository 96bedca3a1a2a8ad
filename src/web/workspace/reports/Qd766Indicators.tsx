import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Qd766Group, Qd766Indicator } from "../../../contracts/reports.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { type Ii06aRequest, reportsApi } from "./reports-api.ts";

const percent = (value: number) => `${(value * 100).toFixed(1).replace(".", ",")} %`;

/** RPT-5: the QĐ 766 indicators of the report's period and agency, group by group, with their points. */
export function Qd766Indicators({ request }: { request: Ii06aRequest }) {
  const { t } = useTranslation();
  const { from, to, agencyId } = request;
  const indicators = useFetched(JSON.stringify({ from, to, agencyId }), (signal) =>
    reportsApi.qd766(request, signal),
  );
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby="qd766-heading"
    >
      {indicators.error ? (
        <Alert color="red" title={t("reports.qd766.loadError")} data-testid="qd766-error">
          <Text fz="sm">{errorText(indicators.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={indicators.reload}>
            {t("admin.retry")}
          </Button>
        </Alert>
      ) : !indicators.data ? (
        <Stack align="center" gap={0}>
          <PageLoader />
          <Text c="gray.7">{t("reports.qd766.loading")}</Text>
        </Stack>
      ) : (
        <>
          <Title order={2} fz="h3" id="qd766-heading">
            {t("reports.qd766.heading", {
              period: indicators.data.periodLabel,
              unit: indicators.data.unit.name,
            })}
          </Title>
          <Text fz="sm" c="gray.7" mb="md">
            {t("reports.qd766.intro")}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder data-testid="qd766-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("reports.qd766.indicator")}</Table.Th>
                  <Table.Th ta="right">{t("reports.qd766.rate")}</Table.Th>
                  <Table.Th ta="right">{t("reports.qd766.points")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {indicators.data.groups.map((group) => (
                  <GroupRows key={group.number} group={group} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text fw={600} mt="sm" data-testid="qd766-total">
            {t("reports.qd766.total", {
              earned: indicators.data.totals.pointsEarned,
              measured: indicators.data.totals.measuredMaxPoints,
              max: indicators.data.totals.maxPoints,
            })}
          </Text>
        </>
      )}
    </Paper>
  );
}

function GroupRows({ group }: { group: Qd766Group }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Tr bg="gray.0">
        <Table.Th colSpan={2}>
          {t("reports.qd766.group", { number: group.number, name: group.name })}
        </Table.Th>
        <Table.Th ta="right">
          {t("reports.qd766.groupPoints", {
            earned: group.pointsEarned,
            measured: group.measuredMaxPoints,
            max: group.maxPoints,
          })}
        </Table.Th>
      </Table.Tr>
      {group.indicators.map((indicator) => (
        <IndicatorRow key={indicator.key} indicator={indicator} />
      ))}
    </>
  );
}

function IndicatorRow({ indicator }: { indicator: Qd766Indicator }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`qd766-${indicator.key}`}>
      <Table.Td>
        <Text fz="sm">
          {indicator.name}{" "}
          {indicator.unconfirmed && (
            <Badge size="xs" variant="light" color="orange">
              {t("reports.qd766.unconfirmed")}
            </Badge>
          )}
        </Text>
        <Text fz="xs" c="gray.7">
          {indicator.measurable ? indicator.formula : indicator.reason}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        {!indicator.measurable
          ? t("reports.qd766.notMeasurable")
          : indicator.value === null
            ? t("reports.qd766.noData")
            : `${percent(indicator.value)} (${indicator.numerator}/${indicator.denominator})`}
      </Table.Td>
      <Table.Td ta="right">
        {indicator.pointsEarned ?? "—"} / {indicator.maxPoints}
      </Table.Td>
    </Table.Tr>
  );
}
