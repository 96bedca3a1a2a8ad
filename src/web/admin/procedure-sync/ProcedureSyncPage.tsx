import "../admin.css";
import { Alert, Button, Center, Group, List, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProcedureSyncChange, PublicationDeadline } from "../../../contracts/procedure-sync.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { SyncRunsTable } from "../reconciliation/SyncRunsTable.tsx";
import { procedureSyncApi } from "./procedure-sync-api.ts";

const POLL_MS = 2_000;
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
    <RequireOfficer permission="catalog.read" title={t("procedureSync.title")}>
      {(officer) => <ProcedureSyncView canRun={can(officer.roles, "catalog.manage")} />}
    </RequireOfficer>
  );
}

function ProcedureSyncView({ canRun }: { canRun: boolean }) {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const { data, error, loading, reload } = useFetched(`procedure-sync:${runId ?? ""}`, (signal) =>
    procedureSyncApi.overview(runId, signal),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const running = data?.runs.some((run) => run.status === "running") ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, reload]);

  const runNow = async () => {
    setStarting(true);
    setFailure(null);
    try {
      const { id } = await procedureSyncApi.run();
      setNotice(t("syncRun.started"));
      setRunId(id);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setStarting(false);
    }
  };

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={t("procedureSync.title")}
        intro={t("procedureSync.intro")}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={reload} loading={loading}>
              {t("syncRun.refresh")}
            </Button>
            {canRun && data?.portalEnabled && (
              <Button onClick={() => void runNow()} loading={starting} disabled={running}>
                {t("procedureSync.runNow")}
              </Button>
            )}
          </Group>
        }
      />
      {data && !data.portalEnabled && <Alert color="yellow">{t("syncRun.portalOff")}</Alert>}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {failure !== null && <Alert color="red">{errorText(failure, t)}</Alert>}
      {error !== null && (
        <Alert color="red" title={t("syncRun.loadFailed")}>
          {errorText(error, t)}
        </Alert>
      )}
      {!data && loading && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {data && <ChangesTable changes={data.changes} />}
      {data && (
        <SyncRunsTable
          runs={data.runs}
          shownId={runId}
          onShow={setRunId}
          summary={(run) => t("procedureSync.runSummary", run)}
        />
      )}
    </Stack>
  );
}

function ChangesTable({ changes }: { changes: ProcedureSyncChange[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("procedureSync.changesTitle")}
        </Title>
        {changes.length === 0 ? (
          <Text>{t("procedureSync.noChanges")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table data-testid="procedure-sync-changes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("procedureSync.columns.procedure")}</Table.Th>
                  <Table.Th>{t("procedureSync.columns.outcome")}</Table.Th>
                  <Table.Th>{t("procedureSync.columns.decision")}</Table.Th>
                  <Table.Th>{t("procedureSync.columns.deadline")}</Table.Th>
                  <Table.Th>{t("procedureSync.columns.changes")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
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
