import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PublicStatistics } from "../../../contracts/public-statistics.ts";

const ROW_HEIGHT = 44;

/** RPT-6: resolved dossiers per agency as stacked horizontal bars (early, on time, late). */
export function StatisticsChart({ statistics }: { statistics: PublicStatistics }) {
  const { t } = useTranslation();
  const data = statistics.agencies.map(({ name, figures }) => ({
    name,
    early: figures.resolvedEarly,
    onTime: figures.resolvedOnTime,
    late: figures.resolvedLate,
  }));
  return (
    <figure style={{ margin: 0 }} data-testid="statistics-chart">
      <Text component="figcaption" fw={600} mb="xs">
        {t("publicStatistics.chartTitle")}
      </Text>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * ROW_HEIGHT + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="early"
            stackId="resolved"
            name={t("publicStatistics.columns.resolvedEarly")}
            fill="#2f9e44"
          />
          <Bar
            dataKey="onTime"
            stackId="resolved"
            name={t("publicStatistics.columns.resolvedOnTime")}
            fill="#1971c2"
          />
          <Bar
            dataKey="late"
            stackId="resolved"
            name={t("publicStatistics.columns.resolvedLate")}
            fill="#e03131"
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
