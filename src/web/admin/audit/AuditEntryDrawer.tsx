import "../admin.css";
import { Badge, Box, Button, Code, Drawer, Group, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../contracts/accounts.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { roleLabelOf } from "../../workspace/roles.ts";
import { AuditOutcomeBadge } from "./AuditOutcomeBadge.tsx";
import { actionLabel, objectTypeLabel } from "./audit-actions.ts";

interface Props {
  entry: AuditEntry | null;
  onClose: () => void;
  /** Offered when the drawer sits on the audit page: narrow the list to this actor. */
  onFilterActor?: (actorId: string) => void;
}

/** Everything an audit record holds (SEC-2), its detail as JSON. */
export function AuditEntryDrawer({ entry, onClose, onFilterActor }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry ? t("audit.drawer.title", { seq: entry.seq }) : ""}
      closeButtonProps={{ "aria-label": t("admin.close") }}
    >
      {entry && (
        <Stack gap="sm" data-testid="audit-drawer" data-seq={entry.seq}>
          <Field label={t("audit.columns.at")}>
            <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
          </Field>
          <Field label={t("audit.columns.action")}>
            <Text fw={600}>{actionLabel(entry.action, t)}</Text>
            <Code className="mc-break">{entry.action}</Code>
          </Field>
          <Field label={t("audit.columns.actor")}>
            <Text fw={600}>{entry.actorName ?? t(`auditActorKinds.${actorKind(entry.actorKind)}`)}</Text>
            <Text fz="sm" c="gray.7">
              {t(`auditActorKinds.${actorKind(entry.actorKind)}`)}
              {entry.actorId && (
                <>
                  {" · "}
                  <Code className="mc-break">{entry.actorId}</Code>
                </>
              )}
            </Text>
            {entry.actorRoles.length > 0 && (
              <Group gap={4} mt={4}>
                {entry.actorRoles.map((role) => (
                  <Badge key={role} variant="light" radius="sm" tt="none" size="sm">
                    {roleLabelOf(role, t)}
                  </Badge>
                ))}
              </Group>
            )}
            {entry.actorId && onFilterActor && (
              <Button
                variant="subtle"
                size="compact-sm"
                mt={4}
                onClick={() => entry.actorId && onFilterActor(entry.actorId)}
                data-testid="audit-drawer-filter-actor"
              >
                {t("audit.drawer.filterActor")}
              </Button>
            )}
          </Field>
          <Field label={t("audit.columns.object")}>
            {entry.objectType || entry.objectId ? (
              <Text className="mc-break">
                {entry.objectType ? objectTypeLabel(entry.objectType, t) : ""}
                {entry.objectId && (
                  <>
                    {" "}
                    <Code className="mc-break">{entry.objectId}</Code>
                  </>
                )}
              </Text>
            ) : (
              <Text c="gray.7">—</Text>
            )}
          </Field>
          <Field label={t("audit.columns.outcome")}>
            <AuditOutcomeBadge outcome={entry.outcome} status={entry.status} />
          </Field>
          <Field label={t("audit.drawer.ip")}>
            <Text ff="monospace">{entry.ip ?? "—"}</Text>
          </Field>
          <Field label={t("audit.drawer.detail")}>
            <pre className="mc-json" data-testid="audit-drawer-detail">
              {JSON.stringify(entry.detail, null, 2)}
            </pre>
          </Field>
        </Stack>
      )}
    </Drawer>
  );
}

const kinds = ["officer", "citizen", "anonymous", "system"] as const;
function actorKind(kind: string): (typeof kinds)[number] {
  return (kinds as readonly string[]).includes(kind) ? (kind as (typeof kinds)[number]) : "system";
}

export function actorText(entry: AuditEntry, t: TFunction): string {
  return entry.actorName ?? t(`auditActorKinds.${actorKind(entry.actorKind)}`);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <span className="mc-field-label">{label}</span>
      {children}
    </Box>
  );
}
