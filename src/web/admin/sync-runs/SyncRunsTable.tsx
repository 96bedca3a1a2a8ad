import { Badge, Button, Table } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SyncRun } from "../../../contracts/sync-runs.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { AdminSection } from "../AdminSection.tsx";
import { AdminTable } from "../AdminTable.tsx";

const STATUS_COLORS = { running: "blue", succeeded: "green", failed: "red" } as const;

export function RunStatusBadge({ status }: { status: SyncRun["status"] }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]}>{t(`syncRun.status.${status}`)}</Badge>;
}

/**
 * The latest runs of the procedure sync or the reconciliation (CFG-1, INT-1), newest first, with
 * what each one found (`summary`); "Xem" shows one.
 */
export function SyncRunsTable<R extends SyncRun>({
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
    <AdminSection title={t("syncRun.runsTitle")}>
      <AdminTable
        striped
        data-testid="sync-runs"
        none={runs.length === 0 && t("syncRun.none")}
        columns={[
          t("syncRun.columns.startedAt"),
          t("syncRun.columns.trigger"),
          t("syncRun.columns.startedBy"),
          t("syncRun.columns.status"),
          "",
          "",
        ]}
      >
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
      </AdminTable>
    </AdminSection>
  );
}
