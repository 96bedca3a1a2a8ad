import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PortalSubmission } from "../../../contracts/portal-intake.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { DiscardModal } from "./DiscardModal.tsx";
import { integrationsApi } from "./integrations-api.ts";

/**
 * REC-10: the dossiers the national portal delivered that wait for the provincial office (parked,
 * with the reason) or are still in processing; administrators retry or discard them. Nothing is
 * shown when the deployment has no portal connection (the routes answer 404).
 */
export function PortalSubmissionsSection({
  canManage,
  onDone,
}: {
  canManage: boolean;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const { data, error, reload } = useFetched("portal-submissions", (signal) =>
    integrationsApi.portalSubmissions(signal),
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [discarding, setDiscarding] = useState<PortalSubmission | null>(null);
  if (error instanceof ApiError && error.status === 404) return null;
  const done = (notice: string) => {
    onDone(notice);
    reload();
  };
  const retry = async (submission: PortalSubmission) => {
    setFailure(null);
    try {
      const result = await integrationsApi.retrySubmission(submission.nationalCode);
      done(
        result.status === "received"
          ? t("integrations.portalSubmissions.received", { code: result.dossierCode ?? "" })
          : t("integrations.portalSubmissions.parkedAgain", { reason: result.reason ?? "" }),
      );
    } catch (caught) {
      setFailure(caught);
    }
  };
  const submissions = data?.submissions ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("integrations.portalSubmissions.title")}
        </Title>
        <Text fz="sm" c="dimmed">
          {t("integrations.portalSubmissions.intro")}
        </Text>
        {(failure ?? error) !== null && <Alert color="red">{errorText(failure ?? error, t)}</Alert>}
        {data && submissions.length === 0 ? (
          <Text data-testid="portal-submissions-none">{t("integrations.portalSubmissions.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table data-testid="portal-submissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("integrations.portalSubmissions.nationalCode")}</Table.Th>
                  <Table.Th>{t("integrations.portalSubmissions.procedure")}</Table.Th>
                  <Table.Th>{t("integrations.portalSubmissions.receivedAt")}</Table.Th>
                  <Table.Th>{t("integrations.portalSubmissions.reason")}</Table.Th>
                  <Table.Th>{t("integrations.columns.attempts")}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {submissions.map((submission) => (
                  <Table.Tr key={submission.nationalCode}>
                    <Table.Td ff="monospace" fz="xs">
                      {submission.nationalCode}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {[submission.procedureCode, submission.agencyCode].filter(Boolean).join(" · ") || "—"}
                    </Table.Td>
                    <Table.Td>{formatInstant(submission.receivedAt)}</Table.Td>
                    <Table.Td fz="sm">
                      {submission.status === "pending" ? (
                        <Badge variant="light">{t("integrations.portalSubmissions.pending")}</Badge>
                      ) : (
                        <>
                          <Badge variant="light" color="red" mr="xs">
                            {submission.reasonCode}
                          </Badge>
                          {submission.reason}
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>{submission.attempts}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        {submission.status === "parked" && (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="xs" onClick={() => void retry(submission)}>
                              {t("integrations.portalSubmissions.retry")}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => setDiscarding(submission)}
                            >
                              {t("integrations.portalSubmissions.discard")}
                            </Button>
                          </Group>
                        )}
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
        title={t("integrations.portalSubmissions.discardTitle")}
        warning={t("integrations.portalSubmissions.discardWarning")}
        discard={(reason) => integrationsApi.discardSubmission(discarding?.nationalCode ?? "", { reason })}
        onClose={() => setDiscarding(null)}
        onDone={() => {
          setDiscarding(null);
          done(t("integrations.portalSubmissions.discarded"));
        }}
      />
    </Paper>
  );
}
