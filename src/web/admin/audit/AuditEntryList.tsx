import { Box, Group, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { actorText } from "./AuditEntryDrawer.tsx";
import { AuditOutcomeBadge } from "./AuditOutcomeBadge.tsx";
import { actionLabel } from "./audit-actions.ts";
import { detailSummary } from "./audit-detail.ts";

/** A short history (an account's), newest first; each entry opens the drawer with its detail. */
export function AuditEntryList({
  entries,
  showActor,
  onOpen,
  testId,
}: {
  entries: readonly AuditEntry[];
  showActor: boolean;
  onOpen: (entry: AuditEntry) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Box component="ol" m={0} p={0} style={{ listStyle: "none" }} data-testid={testId}>
      {entries.map((entry) => {
        const summary = detailSummary(entry, t);
        return (
          <Box
            component="li"
            key={entry.seq}
            py="xs"
            style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
            data-testid={`${testId}-item`}
            data-action={entry.action}
            data-outcome={entry.outcome}
          >
            <UnstyledButton
              onClick={() => onOpen(entry)}
              w="100%"
              aria-label={t("audit.openEntry", {
                action: actionLabel(entry.action, t),
                at: formatInstant(entry.at),
              })}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Box miw={0}>
                  <Text fw={700} fz="sm">
                    {actionLabel(entry.action, t)}
                  </Text>
                  <Text fz="xs" c="gray.7">
                    <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                    {showActor && ` · ${actorText(entry, t)}`}
                  </Text>
                  {summary && (
                    <Text fz="sm" mt={2}>
                      {summary}
                    </Text>
                  )}
                </Box>
                <Box flex="none">
                  <AuditOutcomeBadge outcome={entry.outcome} />
                </Box>
              </Group>
            </UnstyledButton>
          </Box>
        );
      })}
    </Box>
  );
}
