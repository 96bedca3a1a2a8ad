import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicFigures, PublicStatistics } from "../../../contracts/public-statistics.ts";

const COLUMNS = [
  "received",
  "resolved",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "onTimeRate",
  "inProgress",
  "inProgressOverdue",
] as const satisfies readonly (keyof PublicFigures)[];

const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

/** RPT-6: one row per agency and the totals, the columns of Biểu II.06a the public reads. */
export function StatisticsTable({ statistics }: { statistics: PublicStatistics }) {
  const { t } = useTranslation();
  const cells = (figures: PublicFigures, row: string) =>
    COLUMNS.map((column) => {
      const value = figures[column];
      const shown =
        column === "onTimeRate"
          ? value === null
            ? t("publicStatistics.noRate")
            : percent.format(value)
          : value;
      return (
        <Table.Td key={column} ta="right" data-testid="statistics-figure" data-row={row} data-column={column}>
          {shown}
        </Table.Td>
      );
    });
  return (
    <Table.ScrollContainer
      minWidth={720}
      // Scrolled sideways on a phone: reachable with the keyboard too (WCAG 2.1.1).
      scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
    >
      <Table striped withTableBorder withColumnBorders data-testid="statistics-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("publicStatistics.columns.agency")}</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column} ta="right">
                {t(`publicStatistics.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statistics.agencies.map((agency) => (
            <Table.Tr key={agency.agencyId}>
              <Table.Th scope="row" fw={500}>
                {agency.name}
              </Table.Th>
              {cells(agency.figures, agency.agencyId)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t("publicStatistics.totals")}</Table.Th>
            {cells(statistics.totals, "total")}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
