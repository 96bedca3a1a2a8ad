import "../admin.css";
import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  MismatchCause,
  ReconciliationCount,
  ReconciliationMismatch,
  ReconciliationOverview,
} from "../../../contracts/reconciliation.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { reconciliationApi } from "./reconciliation-api.ts";
import { RunStatusBadge, SyncRunsTable } from "./SyncRunsTable.tsx";

/** While a run is in progress the page reads its progress this often. */
const POLL_MS = 2_000;

/**
 * `/quan-tri/doi-soat` (INT-1): the provincial office's reconciliation with the national portal:
 * the run shown, counts per agency and month, each mismatch with its likely cause in words, and
 * "Đối soát ngay".
 */
export default function ReconciliationPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="reconciliation.read" title={t("reconciliation.title")}>
      {(officer) => <ReconciliationView canRun={can(officer.roles, "reconciliation.run")} />}
    </RequireOfficer>
  );
}

function ReconciliationView({ canRun }: { canRun: boolean }) {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const { data, error, loading, reload } = useFetched(`reconciliation:${runId ?? ""}`, (signal) =>
    reconciliationApi.overview(runId, signal),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const running = data?.shown?.run.status === "running";
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, reload]);

  const runNow = async () => {
    setStarting(true);
    setFailure(null);
    try {
      const { id } = await reconciliationApi.run({});
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
        title={t("reconciliation.title")}
        intro={t("reconciliation.intro")}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={reload} loading={loading}>
              {t("syncRun.refresh")}
            </Button>
            {canRun && data?.portalEnabled && (
              <Button
                onClick={() => void runNow()}
                loading={starting}
                disabled={running}
                data-testid="reconcile-now"
              >
                {t("reconciliation.runNow")}
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
      {data?.shown && <ShownRun shown={data.shown} />}
      {data && (
        <SyncRunsTable
          runs={data.runs}
          shownId={data.shown?.run.id ?? null}
          onShow={setRunId}
          summary={(run) => t("reconciliation.progress", run)}
        />
      )}
    </Stack>
  );
}

function ShownRun({ shown }: { shown: NonNullable<ReconciliationOverview["shown"]> }) {
  const { t } = useTranslation();
  const { run } = shown;
  return (
    <>
      <Paper withBorder p="md" data-testid="reconciliation-run">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz="h4">
              {t("reconciliation.lastRun")}
            </Title>
            <RunStatusBadge status={run.status} />
          </Group>
          <Text>
            {formatInstant(run.startedAt)} · {t(`syncRun.trigger.${run.trigger}`)} ·{" "}
            {run.startedBy ?? t("syncRun.bySystem")}
          </Text>
          <Text>{t("reconciliation.period", { from: run.periodFrom, to: run.periodTo })}</Text>
          <Text fw={600}>{t("reconciliation.progress", run)}</Text>
          {run.error && <Text c="red.8">{run.error}</Text>}
        </Stack>
      </Paper>
      <CountsTable counts={shown.counts} />
      <MismatchesTable mismatches={shown.mismatches} />
    </>
  );
}

function CountsTable({ counts }: { counts: ReconciliationCount[] }) {
  const { t } = useTranslation();
  const causes = (counts: ReconciliationCount) =>
    (Object.entries(counts.mismatches) as [MismatchCause, number][])
      .map(([cause, n]) => `${t(`reconciliation.cause.${cause}`)}: ${n}`)
      .join("; ");
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("reconciliation.countsTitle")}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="reconciliation-counts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reconciliation.columns.agency")}</Table.Th>
                <Table.Th>{t("reconciliation.columns.month")}</Table.Th>
                <Table.Th>{t("reconciliation.columns.checked")}</Table.Th>
                <Table.Th>{t("reconciliation.columns.matched")}</Table.Th>
                <Table.Th>{t("reconciliation.columns.mismatched")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.map((c) => (
                <Table.Tr key={`${c.agencyCode}|${c.month}`}>
                  <Table.Td>{c.agencyName ?? c.agencyCode}</Table.Td>
                  <Table.Td>{c.month}</Table.Td>
                  <Table.Td>{c.checked}</Table.Td>
                  <Table.Td>{c.matched}</Table.Td>
                  <Table.Td fz="sm" c={c.checked > c.matched ? "red.8" : undefined}>
                    {c.checked - c.matched}
                    {c.checked > c.matched && ` (${causes(c)})`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

function MismatchesTable({ mismatches }: { mismatches: ReconciliationMismatch[] }) {
  const { t } = useTranslation();
  const status = (code: number | null) =>
    code === null
      ? t("reconciliation.none")
      : `${code}. ${t(`nationalStatus.${code}`, { defaultValue: "" })}`;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("reconciliation.mismatchesTitle")}
        </Title>
        {mismatches.length === 0 ? (
          <Text data-testid="reconciliation-no-mismatch">{t("reconciliation.noMismatches")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table data-testid="reconciliation-mismatches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("reconciliation.columns.dossier")}</Table.Th>
                  <Table.Th>{t("reconciliation.columns.agency")}</Table.Th>
                  <Table.Th>{t("reconciliation.columns.motcuaStatus")}</Table.Th>
                  <Table.Th>{t("reconciliation.columns.portalStatus")}</Table.Th>
                  <Table.Th>{t("reconciliation.columns.cause")}</Table.Th>
                  <Table.Th>{t("reconciliation.columns.detail")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mismatches.map((m) => (
                  <Table.Tr key={`${m.dossierCode}|${m.cause}`} data-cause={m.cause}>
                    <Table.Td ff="monospace" fz="xs">
                      {m.dossierCode}
                      {m.nationalCode && (
                        <Text fz="xs" c="dimmed">
                          {t("reconciliation.columns.nationalCode")}: {m.nationalCode}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.agencyName ?? m.agencyCode}</Table.Td>
                    <Table.Td>{status(m.motcuaStatus)}</Table.Td>
                    <Table.Td>{status(m.portalStatus)}</Table.Td>
                    <Table.Td fw={600}>{t(`reconciliation.cause.${m.cause}`)}</Table.Td>
                    <Table.Td fz="sm">{m.detail ?? t("reconciliation.none")}</Table.Td>
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
