import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CitizenWithdrawal } from "../../../contracts/citizen-dossier-actions.ts";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useIdempotentAction } from "../../lib/useIdempotentAction.ts";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { formatMoment } from "../format.ts";
import { myDossiersApi } from "./api.ts";

/**
 * WDR-1 "Rút hồ sơ": while the server says a withdrawal can be asked, a button opens a dialog that
 * explains the consequences and asks for the (required) reason; every request is listed with what
 * became of it (WDR-2..4).
 */
export function WithdrawalSection({
  view,
  onDone,
}: {
  view: CitizenDossierView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!view.canWithdraw && view.withdrawals.length === 0) return null;
  return (
    <DossierSection
      id="my-dossier-withdrawal"
      title={t("myDossierRequests.withdrawal.title")}
      testId="my-dossier-withdrawal"
    >
      <Stack gap="sm">
        {view.withdrawals.length > 0 && <History withdrawals={view.withdrawals} />}
        {view.canWithdraw && (
          <>
            <Text fz="sm">{t("myDossierRequests.withdrawal.intro")}</Text>
            <Button
              variant="outline"
              color="red.9"
              style={{ alignSelf: "flex-start" }}
              onClick={() => setOpened(true)}
              data-testid="withdrawal-open"
            >
              {t("myDossierRequests.withdrawal.open")}
            </Button>
            {opened && (
              <WithdrawalModal
                view={view}
                onClose={() => setOpened(false)}
                onDone={(message) => {
                  setOpened(false);
                  onDone(message);
                }}
              />
            )}
          </>
        )}
      </Stack>
    </DossierSection>
  );
}

function WithdrawalModal({
  view,
  onClose,
  onDone,
}: {
  view: CitizenDossierView;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const send = useIdempotentAction();
  const reasonError = tried && !reason.trim() ? t("myDossierRequests.withdrawal.reasonRequired") : null;

  const submit = () => {
    setTried(true);
    if (!reason.trim()) return;
    return send.run(async (idempotencyKey) => {
      await myDossiersApi.withdraw(
        view.id,
        { expectedVersion: view.version, reason: reason.trim() },
        idempotencyKey,
      );
      onDone(t("myDossierRequests.withdrawal.sent"));
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("myDossierRequests.withdrawal.modalTitle", { code: view.code })}
      centered
      closeButtonProps={{ "aria-label": t("myDossierRequests.withdrawal.close") }}
      data-testid="withdrawal-modal"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Alert color="orange" variant="light" p="sm">
            <Text fz="sm" data-testid="withdrawal-consequences">
              {t("myDossierRequests.withdrawal.consequences")}
            </Text>
          </Alert>
          <Textarea
            label={t("myDossierRequests.withdrawal.reason")}
            description={t("myDossierRequests.withdrawal.reasonHint")}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            data-testid="withdrawal-reason"
          />
          {send.failure !== null && (
            <Alert color="red" title={t("myDossierRequests.withdrawal.failed")} role="alert">
              {errorText(send.failure, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("myDossierRequests.withdrawal.cancel")}
            </Button>
            <Button type="submit" color="red.9" loading={send.busy} data-testid="withdrawal-confirm">
              {t("myDossierRequests.withdrawal.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function History({ withdrawals }: { withdrawals: readonly CitizenWithdrawal[] }) {
  const { t } = useTranslation();
  return (
    <List spacing="sm" listStyleType="none" p={0} aria-label={t("myDossierRequests.withdrawal.historyTitle")}>
      {withdrawals.map((withdrawal) => (
        <List.Item
          key={withdrawal.requestedAt}
          data-testid="withdrawal-item"
          data-outcome={withdrawal.outcome}
        >
          <Text fw={700} fz="sm">
            {t(`myDossierRequests.withdrawal.outcomes.${withdrawal.outcome}`)}
          </Text>
          <Text fz="xs" c="gray.7">
            {t("myDossierRequests.withdrawal.requestedAt", { time: formatMoment(withdrawal.requestedAt) })} ·{" "}
            {t(`myDossierRequests.withdrawal.channels.${withdrawal.channel}`)}
          </Text>
          <Text fz="sm" className="mc-break">
            {withdrawal.reason}
          </Text>
          {withdrawal.rejectionReason && (
            <Text fz="sm" c="red.9">
              {t("myDossierRequests.withdrawal.rejectionReason", { reason: withdrawal.rejectionReason })}
            </Text>
          )}
          {withdrawal.endedAt && (
            <Text fz="sm">
              {t("myDossierRequests.withdrawal.ended", { time: formatMoment(withdrawal.endedAt) })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
