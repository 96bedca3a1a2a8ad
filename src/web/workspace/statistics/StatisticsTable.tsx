import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  STATISTICS_COLUMNS,
  type StatisticsColumn,
  type StatisticsFigures,
  type StatisticsReport,
  type StatisticsRow,
} from "../../../contracts/statistics.ts";
import { useStatusLabel } from "../dossiers/useStatusLabel.ts";

/** A figure chosen in the table, with the words that name it. */
export interface ChosenStatistic {
  column: StatisticsColumn;
  row: string | null;
  columnLabel: string;
  rowLabel: string;
}

interface Props {
  report: StatisticsReport;
  onOpen: (figure: ChosenStatistic) => void;
}

/**
 * RPT-1: one row per field, unit, status, step or officer and the totals; every figure above zero
 * opens the dossiers behind it (RPT-7). On a phone each row is a card.
 */
export function StatisticsTable({ report, onOpen }: Props) {
  const { t } = useTranslation();
  const rowLabel = useRowLabel(report.groupBy);

  const line = (row: string | null, label: string, detail: string | null, figures: StatisticsFigures) => (
    <Table.Tr key={row ?? "total"} data-testid="statistics-row" data-row={row ?? "total"}>
      <Table.Th scope="row">
        {label}
        {detail && (
          <>
            <br />
            <small>{detail}</small>
          </>
        )}
      </Table.Th>
      {STATISTICS_COLUMNS.map((column) => {
        const count = figures[column];
        const columnLabel = t(`officerStatistics.columns.${column}`);
        return (
          <Table.Td
            key={column}
            ta="right"
            data-label={columnLabel}
            data-testid="statistics-figure"
            data-column={column}
          >
            {count > 0 ? (
              <Anchor
                component="button"
                type="button"
                fw={700}
                onClick={() => onOpen({ column, row, columnLabel, rowLabel: label })}
                aria-label={t("officerStatistics.figureLink", { count, column: columnLabel, row: label })}
              >
                {count}
              </Anchor>
            ) : (
              count
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );

  return (
    <Table.ScrollContainer minWidth={0}>
      <Table withTableBorder className="mc-stack-table" data-testid="statistics-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`officerStatistics.groupings.${report.groupBy}`)}</Table.Th>
            {STATISTICS_COLUMNS.map((column) => (
              <Table.Th key={column} ta="right">
                {t(`officerStatistics.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => line(row.key, rowLabel(row), row.detail, row))}
          {line(null, t("officerStatistics.totals"), null, report.totals)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A row's name: a status in the reader's language, the row without a value worded by the page. */
function useRowLabel(groupBy: StatisticsReport["groupBy"]): (row: StatisticsRow) => string {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  return (row) => {
    if (row.label === null) return t(`officerStatistics.noRow.${groupBy}`);
    return groupBy === "status" ? statusLabel(row.key, row.label) : row.label;
  };
}
