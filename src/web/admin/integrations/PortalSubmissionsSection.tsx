import { Badge, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PortalSubmission } from "../../../contracts/portal-intake.ts";
import { ApiError } from "../../api-client/client.ts";
import { useAction } from "../../lib/useAction.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { AdminSection } from "../AdminSection.tsx";
import { AdminTable } from "../AdminTable.tsx";
import { FailureAlert } from "../PageAlerts.tsx";
import { DiscardModal } from "./DiscardModal.tsx";
import { integrationsApi } from "./integrations-api.ts";
import { RetryDiscardButtons } from "./RetryDiscardButtons.tsx";

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
  const retrying = useAction();
  const [discarding, setDiscarding] = useState<PortalSubmission | null>(null);
  if (error instanceof ApiError && error.status === 404) return null;
  const done = (notice: string) => {
    onDone(notice);
    reload();
  };
  const retry = (submission: PortalSubmission) =>
    retrying.run(async () => {
      const result = await integrationsApi.retrySubmission(submission.nationalCode);
      done(
        result.status === "received"
          ? t("integrations.portalSubmissions.received", { code: result.dossierCode ?? "" })
          : t("integrations.portalSubmissions.parkedAgain", { reason: result.reason ?? "" }),
      );
    });
  const submissions = data?.submissions ?? [];
  return (
    <AdminSection
      title={t("integrations.portalSubmissions.title")}
      intro={t("integrations.portalSubmissions.intro")}
    >
      <FailureAlert failure={retrying.failure ?? error} />
      <AdminTable
        data-testid="portal-submissions"
        none={data !== null && submissions.length === 0 && t("integrations.portalSubmissions.none")}
        noneTestId="portal-submissions-none"
        columns={[
          t("integrations.portalSubmissions.nationalCode"),
          t("integrations.portalSubmissions.procedure"),
          t("integrations.portalSubmissions.receivedAt"),
          t("integrations.portalSubmissions.reason"),
          t("integrations.columns.attempts"),
          canManage && "",
        ]}
      >
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
                  <RetryDiscardButtons
                    retryLabel={t("integrations.portalSubmissions.retry")}
                    discardLabel={t("integrations.portalSubmissions.discard")}
                    onRetry={() => void retry(submission)}
                    onDiscard={() => setDiscarding(submission)}
                  />
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </AdminTable>
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
    </AdminSection>
  );
}
