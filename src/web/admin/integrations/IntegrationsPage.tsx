import "../admin.css";
import { Button, Paper, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IntegrationHealth, ParkedMessage } from "../../../contracts/delivery.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useAction } from "../../lib/useAction.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { AdminSection } from "../AdminSection.tsx";
import { AdminTable } from "../AdminTable.tsx";
import { FailureAlert, LoadStatus, NoticeAlert } from "../PageAlerts.tsx";
import { DiscardModal } from "./DiscardModal.tsx";
import { integrationsApi } from "./integrations-api.ts";
import { PortalSubmissionsSection } from "./PortalSubmissionsSection.tsx";
import { RetryDiscardButtons } from "./RetryDiscardButtons.tsx";

/** `/quan-tri/ket-noi`: each integration's delivery health; administrators retry or discard parked messages. */
export default function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="integrations.read" title={t("integrations.title")}>
      {(officer) => <IntegrationsView canManage={can(officer.roles, "integrations.manage")} />}
    </RequireOfficer>
  );
}

/** A duration in words: "3 phút", "2 giờ 5 phút". */
function useAge(): (seconds: number | null) => string {
  const { t } = useTranslation();
  return (seconds) => {
    if (seconds === null) return "—";
    if (seconds < 60) return t("integrations.age.seconds", { count: seconds });
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return t("integrations.age.minutes", { count: minutes });
    return t("integrations.age.hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  };
}

function IntegrationsView({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const fetched = useFetched("integrations", (signal) => integrationsApi.overview(signal));
  const { data, loading, reload } = fetched;
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={t("integrations.title")}
        intro={t("integrations.intro")}
        actions={
          <Button variant="default" onClick={reload} loading={loading}>
            {t("integrations.refresh")}
          </Button>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} data-testid="integrations-notice" />
      <LoadStatus fetched={fetched} failedTitle={t("integrations.loadFailed")} />
      {data && <HealthTable integrations={data.integrations} />}
      {data && (
        <ParkedTable
          parked={data.parked}
          canManage={canManage}
          onDone={(text) => {
            setNotice(text);
            reload();
          }}
        />
      )}
      <PortalSubmissionsSection canManage={canManage} onDone={setNotice} />
    </Stack>
  );
}

function HealthTable({ integrations }: { integrations: IntegrationHealth[] }) {
  const { t } = useTranslation();
  const age = useAge();
  return (
    <Paper withBorder p="md">
      <AdminTable
        striped
        data-testid="integrations-health"
        columns={[
          t("integrations.columns.destination"),
          t("integrations.columns.queued"),
          t("integrations.columns.delivered"),
          t("integrations.columns.failing"),
          t("integrations.columns.parked"),
          t("integrations.columns.blocked"),
          t("integrations.columns.oldest"),
          t("integrations.columns.lastError"),
        ]}
      >
        {integrations.map((row) => (
          <Table.Tr key={row.destination} data-destination={row.destination}>
            <Table.Td fw={600}>
              {t(`integrations.names.${row.destination}`, { defaultValue: row.destination })}
            </Table.Td>
            <Table.Td>{row.queued}</Table.Td>
            <Table.Td>{row.delivered}</Table.Td>
            <Table.Td c={row.failing > 0 ? "orange.8" : undefined}>{row.failing}</Table.Td>
            <Table.Td c={row.parked > 0 ? "red.8" : undefined}>{row.parked}</Table.Td>
            <Table.Td>{row.blocked}</Table.Td>
            <Table.Td>{age(row.oldestWaitingSeconds)}</Table.Td>
            <Table.Td>
              {row.lastError ? (
                <Text fz="sm">
                  {formatInstant(row.lastError.at)}: {row.lastError.message}
                </Text>
              ) : (
                "—"
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
    </Paper>
  );
}

function ParkedTable({
  parked,
  canManage,
  onDone,
}: {
  parked: ParkedMessage[];
  canManage: boolean;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const retrying = useAction();
  const [discarding, setDiscarding] = useState<ParkedMessage | null>(null);
  const retry = (message: ParkedMessage) =>
    retrying.run(async () => {
      await integrationsApi.retry(message.id);
      onDone(t("integrations.retried"));
    });
  return (
    <AdminSection title={t("integrations.parkedTitle")} intro={t("integrations.parkedIntro")}>
      <FailureAlert failure={retrying.failure} />
      <AdminTable
        data-testid="integrations-parked"
        none={parked.length === 0 && t("integrations.noParked")}
        noneTestId="integrations-no-parked"
        columns={[
          t("integrations.columns.destination"),
          t("integrations.columns.key"),
          t("integrations.columns.attempts"),
          t("integrations.columns.parkedAt"),
          t("integrations.columns.lastError"),
          t("integrations.columns.followers"),
          canManage && "",
        ]}
      >
        {parked.map((message) => (
          <Table.Tr key={message.id}>
            <Table.Td>
              {t(`integrations.names.${message.destination}`, { defaultValue: message.destination })}
            </Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {message.orderingKey}
            </Table.Td>
            <Table.Td>{message.attempts}</Table.Td>
            <Table.Td>{message.parkedAt ? formatInstant(message.parkedAt) : "—"}</Table.Td>
            <Table.Td fz="sm">{message.lastError ?? "—"}</Table.Td>
            <Table.Td>{message.blockedFollowers}</Table.Td>
            {canManage && (
              <Table.Td>
                <RetryDiscardButtons
                  retryLabel={t("integrations.retry")}
                  discardLabel={t("integrations.discard")}
                  onRetry={() => void retry(message)}
                  onDiscard={() => setDiscarding(message)}
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </AdminTable>
      <DiscardModal
        opened={discarding !== null}
        discard={(reason) => integrationsApi.discard(discarding?.id ?? "", { reason })}
        onClose={() => setDiscarding(null)}
        onDone={() => {
          setDiscarding(null);
          onDone(t("integrations.discarded"));
        }}
      />
    </AdminSection>
  );
}
