import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OfficerUsageReport, OfficerUsageRow } from "../../../contracts/statistics.ts";
import { workingTimeText } from "../dossiers/working-time.ts";

/**
 * Seed 001 Art. 5.1.d: per officer, the steps completed in the period, the working time per step,
 * the share finished late, and the dossiers assigned now. On a phone each row is a card.
 */
export function OfficerUsageTable({ report }: { report: OfficerUsageReport }) {
  const { t } = useTranslation();
  if (report.rows.length === 0)
    return (
      <Text c="gray.7" data-testid="officer-usage-empty">
        {t("officerStatistics.usage.empty")}
      </Text>
    );
  const time = (minutes: number | null) =>
    minutes === null ? "—" : workingTimeText(minutes, report.minutesPerDay, t);
  const heads = ["officer", "steps", "dossiers", "median", "mean", "late", "load"] as const;
  return (
    <>
      <Table.ScrollContainer minWidth={0}>
        <Table withTableBorder className="mc-stack-table" data-testid="officer-usage-table">
          <Table.Thead>
            <Table.Tr>
              {heads.map((head) => (
                <Table.Th key={head}>{t(`officerStatistics.usage.${head}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.officerId} data-testid="officer-usage-row" data-officer={row.officerId}>
                <Table.Th scope="row">
                  {row.name}
                  <br />
                  <small>{row.agencyName}</small>
                </Table.Th>
                <Table.Td data-label={t("officerStatistics.usage.steps")}>{row.stepsCompleted}</Table.Td>
                <Table.Td data-label={t("officerStatistics.usage.dossiers")}>{row.dossiersHandled}</Table.Td>
                <Table.Td data-label={t("officerStatistics.usage.median")}>
                  {time(row.medianStepMinutes)}
                </Table.Td>
                <Table.Td data-label={t("officerStatistics.usage.mean")}>
                  {time(row.meanStepMinutes)}
                </Table.Td>
                <Table.Td data-label={t("officerStatistics.usage.late")}>
                  <LateShare row={row} />
                </Table.Td>
                <Table.Td data-label={t("officerStatistics.usage.load")}>{row.currentLoad}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fz="sm" c="gray.7" mt="sm">
        {t("officerStatistics.usage.note")}
      </Text>
    </>
  );
}

function LateShare({ row }: { row: OfficerUsageRow }) {
  const { t, i18n } = useTranslation();
  if (row.lateShare === null || row.lateBasis === null) return "—";
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const key = row.lateBasis === "steps" ? "lateSteps" : "lateDossiers";
  return (
    <>
      {percent.format(row.lateShare)}
      <br />
      <small>{t(`officerStatistics.usage.${key}`, { late: row.lateCount, total: row.lateOutOf })}</small>
    </>
  );
}
