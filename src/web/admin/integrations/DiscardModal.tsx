import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAction } from "../../lib/useAction.ts";
import { FailureAlert } from "../PageAlerts.tsx";

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
  const { busy, failure, run } = useAction();
  const tooShort = reason.trim().length < 5;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!opened || tooShort) return;
    await run(async () => {
      await discard(reason.trim());
      setReason("");
      onDone();
    });
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
          <FailureAlert failure={failure} />
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
