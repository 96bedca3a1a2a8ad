import { Alert, Box, Button, List, Text } from "@mantine/core";
import type { DraftOutcome } from "./draft-outcome.ts";

/** The server's field-level problems listed under a failure, at most this many. */
const LISTED_ERRORS = 12;

/**
 * The alerts' texts. `saved` is omitted by a page that says "saved" elsewhere; `refused` and
 * `conflict` by a page whose outcomes are never refusals or conflicts (see `failureWithErrors`).
 */
export interface DraftOutcomeLabels {
  saved?: string;
  /** The refusal's title; `rule` is the rule the server cited, if any. */
  refused?: (rule: string | undefined) => string;
  conflict?: { title: string; reload: string };
  failed: string;
}

/**
 * What the last save of a draft editor came to, announced politely: saved, refused by the server,
 * a conflict with someone else's save (offering to reload), or failed. The alerts' test ids are
 * `<testIdPrefix>-saved`, `-server-error`, `-conflict` and `-save-error`.
 */
export function DraftOutcomeAlerts({
  outcome,
  labels,
  testIdPrefix,
  onReload,
}: {
  outcome: DraftOutcome;
  labels: DraftOutcomeLabels;
  testIdPrefix: string;
  onReload?: () => void;
}) {
  return (
    <Box role="status" aria-live="polite">
      {outcome.kind === "saved" && labels.saved !== undefined && (
        <Alert color="teal" variant="light" mt="md" data-testid={`${testIdPrefix}-saved`}>
          {labels.saved}
        </Alert>
      )}
      {outcome.kind === "refused" && labels.refused && (
        <Alert
          color="red"
          mt="md"
          title={labels.refused(outcome.rule)}
          data-testid={`${testIdPrefix}-server-error`}
          data-rule={outcome.rule}
        >
          <Text fz="sm">{outcome.detail}</Text>
        </Alert>
      )}
      {outcome.kind === "conflict" && labels.conflict && (
        <Alert color="orange" mt="md" title={labels.conflict.title} data-testid={`${testIdPrefix}-conflict`}>
          <Text fz="sm">{outcome.detail}</Text>
          <Button mt="sm" size="xs" variant="outline" onClick={onReload}>
            {labels.conflict.reload}
          </Button>
        </Alert>
      )}
      {outcome.kind === "failed" && (
        <Alert color="red" mt="md" title={labels.failed} data-testid={`${testIdPrefix}-save-error`}>
          <Text fz="sm">{outcome.text}</Text>
          {(outcome.errors?.length ?? 0) > 0 && (
            <List size="sm" mt={4}>
              {outcome.errors?.slice(0, LISTED_ERRORS).map((e) => (
                <List.Item key={e.path + e.message}>
                  <Text span ff="monospace" fz="sm">
                    {e.path}
                  </Text>
                  : {e.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Box>
  );
}
