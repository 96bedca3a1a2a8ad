import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { InboxRow } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { OverdueSubDeadlines } from "./OverdueSubDeadlines.tsx";
import { dossierPath } from "./paths.ts";
import { RemainingTime } from "./RemainingTime.tsx";
import { TimeBadge } from "./TimeBadge.tsx";

/** The inbox's dossiers; a whole row opens its dossier (the code is the link for the keyboard). */
export function InboxTable({ rows }: { rows: readonly InboxRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (rows.length === 0) {
    return (
      <Text c="gray.7" data-testid="inbox-no-match">
        {t("inbox.noMatch")}
      </Text>
    );
  }
  return (
    <Table className="mc-stack-table" verticalSpacing="sm" data-testid="inbox-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("inbox.columns.code")}</Table.Th>
          <Table.Th>{t("inbox.columns.applicant")}</Table.Th>
          <Table.Th>{t("inbox.columns.procedure")}</Table.Th>
          <Table.Th>{t("inbox.columns.status")}</Table.Th>
          <Table.Th>{t("inbox.columns.due")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={row.id}
            className="mc-inbox-row"
            onClick={() => navigate(dossierPath(row.id))}
            data-testid="inbox-row"
            data-code={row.code}
            data-time-class={row.timeClass}
          >
            <Table.Td>
              <Anchor
                component={Link}
                to={dossierPath(row.id)}
                fw={700}
                ff="monospace"
                className="mc-break"
                data-testid="inbox-open"
              >
                {row.code}
              </Anchor>
            </Table.Td>
            <Table.Td data-label={t("inbox.columns.applicant")}>{row.applicantName}</Table.Td>
            <Table.Td data-label={t("inbox.columns.procedure")}>
              <Text fz="sm">{row.procedure.name}</Text>
              {row.step && (
                <Text fz="xs" c="gray.7">
                  {t("inbox.atStep", { step: row.step.name })}
                </Text>
              )}
            </Table.Td>
            <Table.Td data-label={t("inbox.columns.status")}>
              <Text fz="sm">{row.statusLabel}</Text>
            </Table.Td>
            <Table.Td data-label={t("inbox.columns.due")}>
              <Stack gap={2} align="flex-start">
                <TimeBadge timeClass={row.timeClass} size="sm" />
                {row.acceptance?.late && (
                  <Text fz="xs" c="red.9" fw={700} data-testid="acceptance-late">
                    {t("inbox.acceptanceLate")}
                  </Text>
                )}
                {row.due && <Text fz="sm">{formatMoment(row.due)}</Text>}
                {row.remainingMinutes !== null && (
                  <RemainingTime
                    minutes={row.remainingMinutes}
                    minutesPerDay={row.minutesPerDay}
                    overdue={row.timeClass === "overdue"}
                    fz="xs"
                  />
                )}
                <OverdueSubDeadlines items={row.overdueSubDeadlines} />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
