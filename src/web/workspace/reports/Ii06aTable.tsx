import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Ii06aFigures, Ii06aReport } from "../../../contracts/reports.ts";
import { groupOf, groupSpans, type Ii06aColumn } from "./ii06a-columns.ts";

/** A figure the reader chose, with the words that name it (for the list's heading). */
export interface ChosenFigure {
  column: Ii06aColumn["key"];
  row: string | null;
  columnLabel: string;
  rowLabel: string;
}

interface Props {
  report: Ii06aReport;
  onOpen: (figure: ChosenFigure) => void;
}

/**
 * Biểu II.06a as the form numbers it: (1) number, (2) unit or field, (3)–(13) the figures under
 * their three headings, then motcua's "of which" figures; one row per unit or field and the totals
 * row. Every figure above zero opens the dossiers behind it; one that cannot be known is "—". On a
 * phone each row is a card.
 */
export function Ii06aTable({ report, onOpen }: Props) {
  const { t } = useTranslation();
  const { columns } = report;
  const rowHeading = t(`reports.groupings.${report.by}`);
  // "(10) Số hồ sơ đã giải quyết: Quá hạn"; an "of which" figure's label says so itself.
  const fullLabel = (column: Ii06aColumn) =>
    column.number === null
      ? column.label
      : `(${column.number}) ${t(`reports.groups.${groupOf(column)}`)}: ${column.label}`;

  const line = (row: string | null, label: string, figures: Ii06aFigures, index: number | null) => (
    <Table.Tr key={row ?? "total"} className={row === null ? "mc-ii06a-total" : undefined}>
      <Table.Td className="mc-ii06a-number">{index ?? ""}</Table.Td>
      <Table.Th scope="row" className="mc-ii06a-label">
        {label}
      </Table.Th>
      {columns.map((column) => {
        const count = figures[column.key];
        const name = fullLabel(column);
        return (
          <Table.Td
            key={column.key}
            data-label={name}
            data-testid="ii06a-figure"
            data-row={row ?? "total"}
            data-column={column.key}
            className="mc-ii06a-figure"
          >
            {count === null ? (
              <span title={t("reports.figureUnknown")}>—</span>
            ) : count > 0 ? (
              <Anchor
                component="button"
                type="button"
                fw={700}
                onClick={() => onOpen({ column: column.key, row, columnLabel: name, rowLabel: label })}
                aria-label={t("reports.figureLink", { count, column: name, row: label })}
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
    <div className="mc-ii06a-scroll">
      <Table withTableBorder withColumnBorders className="mc-stack-table mc-ii06a" data-testid="ii06a-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2}>{t("reports.number")}</Table.Th>
            <Table.Th rowSpan={2}>{rowHeading}</Table.Th>
            {groupSpans(columns).map(({ group, span }) => (
              <Table.Th key={group} colSpan={span} ta="center">
                {t(`reports.groups.${group}`)}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta="center" fw={600}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr className="mc-ii06a-numbers">
            <Table.Th ta="center">(1)</Table.Th>
            <Table.Th ta="center">(2)</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} ta="center" data-testid="ii06a-column-number">
                {column.number === null ? "" : `(${column.number})`}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row, index) => line(row.key, row.label, row.figures, index + 1))}
          {line(null, t("reports.totals"), report.totals, null)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
