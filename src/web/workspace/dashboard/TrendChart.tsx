import { Paper, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DashboardMonth } from "../../../contracts/dashboard.ts";
import type { DashboardFigureRef } from "./dashboard-api.ts";
import { FigureButton } from "./FigureButton.tsx";

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** A month as the chart's axis shows it: "03/2026". */
const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

const COLUMNS = [
  ["resolved_early", "resolvedEarly", "early"],
  ["resolved_on_time", "resolvedOnTime", "onTime"],
  ["resolved_late", "resolvedLate", "late"],
  ["received_online", "receivedOnline", "online"],
  ["received_direct", "receivedDirect", "direct"],
] as const;

/**
 * RPT-1: the on-time rate and the online share over twelve months as lines, and the month's
 * figures (Biểu II.06a columns) as a table whose counts open their dossiers.
 */
export function TrendChart({
  months,
  onOpen,
}: {
  months: DashboardMonth[];
  onOpen: (f: DashboardFigureRef) => void;
}) {
  const { t } = useTranslation();
  const data = months.map((month) => ({
    month: monthLabel(month.month),
    onTime: percent(month.onTimeRate),
    online: percent(month.onlineShare),
  }));
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby="dashboard-trend"
      className="mc-dashboard-card"
    >
      <Title order={2} fz="h4" id="dashboard-trend" mb="sm">
        {t("dashboard.trend.title")}
      </Title>
      <div className="mc-dashboard-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" fontSize={12} />
            <YAxis domain={[0, 100]} unit="%" fontSize={12} width={48} />
            <Tooltip formatter={(value) => `${value}%`} />
            <Legend />
            <Line
              type="monotone"
              dataKey="onTime"
              name={t("dashboard.trend.onTimeRate")}
              stroke="#1c7ed6"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="online"
              name={t("dashboard.trend.onlineShare")}
              stroke="#2f9e44"
              strokeWidth={2}
              strokeDasharray="6 3"
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="mc-dashboard-scroll">
        <Table
          className="mc-stack-table mc-dashboard-table"
          verticalSpacing={4}
          data-testid="dashboard-trend-table"
        >
          <Table.Caption>{t("dashboard.trend.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("dashboard.trend.month")}</Table.Th>
              {COLUMNS.map(([, , label]) => (
                <Table.Th key={label}>{t(`dashboard.trend.${label}`)}</Table.Th>
              ))}
              <Table.Th>{t("dashboard.trend.onTimeRate")}</Table.Th>
              <Table.Th>{t("dashboard.trend.onlineShare")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((month) => (
              <Table.Tr key={month.month}>
                <Table.Th scope="row">{monthLabel(month.month)}</Table.Th>
                {COLUMNS.map(([figure, field, label]) => (
                  <Table.Td key={figure} data-label={t(`dashboard.trend.${label}`)}>
                    <FigureButton
                      figure={{
                        figure,
                        key: month.month,
                        figureLabel: t(`dashboard.trend.${label}`),
                        groupLabel: monthLabel(month.month),
                      }}
                      count={month[field]}
                      onOpen={onOpen}
                    />
                  </Table.Td>
                ))}
                <Table.Td data-label={t("dashboard.trend.onTimeRate")}>{rateText(month.onTimeRate)}</Table.Td>
                <Table.Td data-label={t("dashboard.trend.onlineShare")}>
                  {rateText(month.onlineShare)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}

/** A rate as a percentage with one decimal ("—" with nothing to divide by). */
function rateText(rate: number | null) {
  const value = percent(rate);
  return value === null ? "—" : `${value.toLocaleString("vi-VN")}%`;
}
