import { Button, Group, Modal, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * "Are you sure?" before an action that cannot be undone (discarding a draft, unpublishing):
 * the question, Cancel, and the action in red.
 */
export function ConfirmModal({
  opened,
  onClose,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  "data-testid": testId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  loading: boolean;
  /** The confirm button's test id. */
  "data-testid"?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text fz="sm">{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t("admin.cancel")}
        </Button>
        <Button color="red.9" onClick={onConfirm} loading={loading} data-testid={testId}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
