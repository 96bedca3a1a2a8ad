import { Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type {
  MismatchCause,
  ReconciliationCount,
  ReconciliationMismatch,
  ReconciliationOverview,
} from "../../../contracts/reconciliation.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { AdminSection } from "../AdminSection.tsx";
import { AdminTable } from "../AdminTable.tsx";
import { SyncRunPage } from "../sync-runs/SyncRunPage.tsx";
import { RunStatusBadge } from "../sync-runs/SyncRunsTable.tsx";
import { reconciliationApi } from "./reconciliation-api.ts";

/**
 * `/quan-tri/doi-soat` (INT-1): the provincial office's reconciliation with the national portal:
 * the run shown, counts per agency and month, each mismatch with its likely cause in words, and
 * "Đối soát ngay".
 */
export default function ReconciliationPage() {
  const { t } = useTranslation();
  return (
    <SyncRunPage
      name="reconciliation"
      permission="reconciliation.read"
      runPermission="reconciliation.run"
      title={t("reconciliation.title")}
      intro={t("reconciliation.intro")}
      runNowLabel={t("reconciliation.runNow")}
      runNowTestId="reconcile-now"
      load={reconciliationApi.overview}
      start={() => reconciliationApi.run({})}
      running={(overview) => overview.shown?.run.status === "running"}
      shownId={(overview) => overview.shown?.run.id ?? null}
      summary={(run) => t("reconciliation.progress", run)}
    >
      {(overview) => overview.shown && <ShownRun shown={overview.shown} />}
    </SyncRunPage>
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
    <AdminSection title={t("reconciliation.countsTitle")}>
      <AdminTable
        striped
        data-testid="reconciliation-counts"
        columns={[
          t("reconciliation.columns.agency"),
          t("reconciliation.columns.month"),
          t("reconciliation.columns.checked"),
          t("reconciliation.columns.matched"),
          t("reconciliation.columns.mismatched"),
        ]}
      >
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
      </AdminTable>
    </AdminSection>
  );
}

function MismatchesTable({ mismatches }: { mismatches: ReconciliationMismatch[] }) {
  const { t } = useTranslation();
  const status = (code: number | null) =>
    code === null
      ? t("reconciliation.none")
      : `${code}. ${t(`nationalStatus.${code}`, { defaultValue: "" })}`;
  return (
    <AdminSection title={t("reconciliation.mismatchesTitle")}>
      <AdminTable
        minWidth={960}
        data-testid="reconciliation-mismatches"
        none={mismatches.length === 0 && t("reconciliation.noMismatches")}
        noneTestId="reconciliation-no-mismatch"
        columns={[
          t("reconciliation.columns.dossier"),
          t("reconciliation.columns.agency"),
          t("reconciliation.columns.motcuaStatus"),
          t("reconciliation.columns.portalStatus"),
          t("reconciliation.columns.cause"),
          t("reconciliation.columns.detail"),
        ]}
      >
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
      </AdminTable>
    </AdminSection>
  );
}
