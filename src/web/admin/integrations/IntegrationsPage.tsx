import "../admin.css";
import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IntegrationHealth, ParkedMessage } from "../../../contracts/delivery.ts";
import { errorText } from "../../api-client/error-text.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { DiscardModal } from "./DiscardModal.tsx";
import { integrationsApi } from "./integrations-api.ts";
import { PortalSubmissionsSection } from "./PortalSubmissionsSection.tsx";

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
  const { data, error, loading, reload } = useFetched("integrations", (signal) =>
    integrationsApi.overview(signal),
  );
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
      {notice && (
        <Alert
          color="green"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="integrations-notice"
        >
          {notice}
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" title={t("integrations.loadFailed")}>
          {errorText(error, t)}
        </Alert>
      )}
      {!data && loading && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
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
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="integrations-health">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("integrations.columns.destination")}</Table.Th>
              <Table.Th>{t("integrations.columns.queued")}</Table.Th>
              <Table.Th>{t("integrations.columns.delivered")}</Table.Th>
              <Table.Th>{t("integrations.columns.failing")}</Table.Th>
              <Table.Th>{t("integrations.columns.parked")}</Table.Th>
              <Table.Th>{t("integrations.columns.blocked")}</Table.Th>
              <Table.Th>{t("integrations.columns.oldest")}</Table.Th>
              <Table.Th>{t("integrations.columns.lastError")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
  const [failure, setFailure] = useState<unknown>(null);
  const [discarding, setDiscarding] = useState<ParkedMessage | null>(null);
  const retry = async (message: ParkedMessage) => {
    setFailure(null);
    try {
      await integrationsApi.retry(message.id);
      onDone(t("integrations.retried"));
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("integrations.parkedTitle")}
        </Title>
        <Text fz="sm" c="dimmed">
          {t("integrations.parkedIntro")}
        </Text>
        {failure !== null && <Alert color="red">{errorText(failure, t)}</Alert>}
        {parked.length === 0 ? (
          <Text data-testid="integrations-no-parked">{t("integrations.noParked")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table data-testid="integrations-parked">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("integrations.columns.destination")}</Table.Th>
                  <Table.Th>{t("integrations.columns.key")}</Table.Th>
                  <Table.Th>{t("integrations.columns.attempts")}</Table.Th>
                  <Table.Th>{t("integrations.columns.parkedAt")}</Table.Th>
                  <Table.Th>{t("integrations.columns.lastError")}</Table.Th>
                  <Table.Th>{t("integrations.columns.followers")}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" onClick={() => void retry(message)}>
                            {t("integrations.retry")}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            onClick={() => setDiscarding(message)}
                          >
                            {t("integrations.discard")}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <DiscardModal
        opened={discarding !== null}
        discard={(reason) => integrationsApi.discard(discarding?.id ?? "", { reason })}
        onClose={() => setDiscarding(null)}
        onDone={() => {
          setDiscarding(null);
          onDone(t("integrations.discarded"));
        }}
      />
    </Paper>
  );
}
