import { Button, Group } from "@mantine/core";

/** An administrator's two answers to something parked: try it again, or discard it (the caller asks why). */
export function RetryDiscardButtons({
  retryLabel,
  discardLabel,
  onRetry,
  onDiscard,
}: {
  retryLabel: string;
  discardLabel: string;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" onClick={onRetry}>
        {retryLabel}
      </Button>
      <Button size="xs" variant="default" color="red" onClick={onDiscard}>
        {discardLabel}
      </Button>
    </Group>
  );
}
