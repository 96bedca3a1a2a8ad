import { List, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProcedureSyncChange, PublicationDeadline } from "../../../contracts/procedure-sync.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { AdminSection } from "../AdminSection.tsx";
import { AdminTable } from "../AdminTable.tsx";
import { SyncRunPage } from "../sync-runs/SyncRunPage.tsx";
import { procedureSyncApi } from "./procedure-sync-api.ts";

const DEADLINE_COLORS = {
  due: "orange.8",
  overdue: "red.8",
  late: "red.8",
  on_time: "green.8",
  unknown: "dimmed",
};

/**
 * `/quan-tri/dong-bo-thu-tuc` (CFG-1): the procedure sync runs, the procedures they added,
 * amended or could not import with what changed, and each one's 5-working-day publication deadline.
 */
export default function ProcedureSyncPage() {
  const { t } = useTranslation();
  return (
    <SyncRunPage
      name="procedure-sync"
      permission="catalog.read"
      runPermission="catalog.manage"
      title={t("procedureSync.title")}
      intro={t("procedureSync.intro")}
      runNowLabel={t("procedureSync.runNow")}
      load={procedureSyncApi.overview}
      start={procedureSyncApi.run}
      running={(overview) => overview.runs.some((run) => run.status === "running")}
      shownId={(_, chosen) => chosen}
      summary={(run) => t("procedureSync.runSummary", run)}
    >
      {(overview) => <ChangesTable changes={overview.changes} />}
    </SyncRunPage>
  );
}

function ChangesTable({ changes }: { changes: ProcedureSyncChange[] }) {
  const { t } = useTranslation();
  return (
    <AdminSection title={t("procedureSync.changesTitle")}>
      <AdminTable
        minWidth={960}
        data-testid="procedure-sync-changes"
        none={changes.length === 0 && t("procedureSync.noChanges")}
        columns={[
          t("procedureSync.columns.procedure"),
          t("procedureSync.columns.outcome"),
          t("procedureSync.columns.decision"),
          t("procedureSync.columns.deadline"),
          t("procedureSync.columns.changes"),
        ]}
      >
        {changes.map((change) => (
          <Table.Tr key={change.id} data-outcome={change.outcome}>
            <Table.Td>
              <Text fw={600}>{change.name}</Text>
              <Text fz="xs" ff="monospace">
                {change.code}
              </Text>
            </Table.Td>
            <Table.Td>
              {t(`procedureSync.outcome.${change.outcome}`, {
                version: change.version ?? "",
                previous: change.previousVersion ?? "",
              })}
            </Table.Td>
            <Table.Td fz="sm">{change.decision || "—"}</Table.Td>
            <Table.Td>
              <DeadlineText deadline={change.deadline} />
            </Table.Td>
            <Table.Td>
              <ChangeList change={change} />
            </Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
    </AdminSection>
  );
}

function DeadlineText({ deadline }: { deadline: PublicationDeadline }) {
  const { t } = useTranslation();
  const due = deadline.dueAt ? formatInstant(deadline.dueAt) : "";
  return (
    <Text fz="sm" fw={600} c={DEADLINE_COLORS[deadline.status]} data-deadline={deadline.status}>
      {t(`procedureSync.deadline.${deadline.status}`, { due })}
    </Text>
  );
}

function ChangeList({ change }: { change: ProcedureSyncChange }) {
  const { t } = useTranslation();
  if (change.changes.length === 0 && change.warnings.length === 0) return "—";
  return (
    <List size="sm" spacing={2}>
      {change.changes.map((c) => (
        <List.Item key={`${c.field}|${c.item ?? ""}|${c.change}`}>
          {c.label}
          {c.item && ` — ${c.item}`}: {t(`procedureSync.change.${c.change}`)} {c.before ?? ""}
          {c.before && c.after && " → "}
          {c.after ?? ""}
        </List.Item>
      ))}
      {change.warnings.map((warning) => (
        <List.Item key={warning} c="orange.8">
          {warning}
        </List.Item>
      ))}
    </List>
  );
}
