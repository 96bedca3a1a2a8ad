import { Badge, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ProcedureSyncRun } from "../../../contracts/procedure-sync.ts";
import { formatInstant } from "../../lib/wall-clock.ts";

type Run = Pick<ProcedureSyncRun, "id" | "trigger" | "startedBy" | "startedAt" | "status" | "error">;

const STATUS_COLORS = { running: "blue", succeeded: "green", failed: "red" } as const;

export function RunStatusBadge({ status }: { status: Run["status"] }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]}>{t(`syncRun.status.${status}`)}</Badge>;
}

/**
 * The latest runs of the procedure sync or the reconciliation (CFG-1, INT-1), newest first, with
 * what each one found (`summary`); "Xem" shows one.
 */
export function SyncRunsTable<R extends Run>({
  runs,
  shownId,
  onShow,
  summary,
}: {
  runs: readonly R[];
  shownId: string | null;
  onShow: (id: string) => void;
  summary: (run: R) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("syncRun.runsTitle")}
        </Title>
        {runs.length === 0 ? (
          <Text>{t("syncRun.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="sync-runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("syncRun.columns.startedAt")}</Table.Th>
                  <Table.Th>{t("syncRun.columns.trigger")}</Table.Th>
                  <Table.Th>{t("syncRun.columns.startedBy")}</Table.Th>
                  <Table.Th>{t("syncRun.columns.status")}</Table.Th>
                  <Table.Th />
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.map((run) => (
                  <Table.Tr key={run.id} fw={run.id === shownId ? 700 : undefined}>
                    <Table.Td>{formatInstant(run.startedAt)}</Table.Td>
                    <Table.Td>{t(`syncRun.trigger.${run.trigger}`)}</Table.Td>
                    <Table.Td>{run.startedBy ?? t("syncRun.bySystem")}</Table.Td>
                    <Table.Td>
                      <RunStatusBadge status={run.status} />
                    </Table.Td>
                    <Table.Td fz="sm">{run.error ?? summary(run)}</Table.Td>
                    <Table.Td>
                      {run.id !== shownId && (
                        <Button size="xs" variant="default" onClick={() => onShow(run.id)}>
                          {t("syncRun.show")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
