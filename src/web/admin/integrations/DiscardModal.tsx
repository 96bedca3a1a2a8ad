import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api-client/error-text.ts";

/** Asks the reason of a discard (at least 5 characters, audited) and sends it with `discard`. */
export function DiscardModal({
  opened,
  discard,
  onClose,
  onDone,
  title,
  warning,
}: {
  opened: boolean;
  discard: (reason: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  title?: string;
  warning?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const tooShort = reason.trim().length < 5;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!opened || tooShort) return;
    setBusy(true);
    setFailure(null);
    try {
      await discard(reason.trim());
      setReason("");
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title ?? t("integrations.discardTitle")}
      centered
      closeButtonProps={{ "aria-label": t("admin.close") }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <Text fz="sm">{warning ?? t("integrations.discardWarning")}</Text>
          {failure !== null && <Alert color="red">{errorText(failure, t)}</Alert>}
          <Textarea
            label={t("integrations.reason")}
            description={t("integrations.reasonHint")}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("admin.cancel")}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={tooShort}>
              {t("integrations.discard")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
