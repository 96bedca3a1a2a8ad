import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../contracts/accounts.ts";

type Outcome = AuditEntry["outcome"];

/** Success green, refused access red, refused input orange, server failure dark: text says it too. */
export const outcomeColors: Record<Outcome, string> = {
  success: "teal",
  denied: "red.9",
  rejected: "orange.9",
  error: "dark.6",
};

export function AuditOutcomeBadge({ outcome, status }: { outcome: Outcome; status?: number | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={outcomeColors[outcome]}
      variant={outcome === "success" ? "light" : "filled"}
      radius="sm"
      tt="none"
      // Mantine cuts a badge's text with an ellipsis when the column is narrow: let it wrap instead.
      h="auto"
      py={2}
      styles={{ label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" } }}
      data-testid="audit-outcome"
      data-outcome={outcome}
    >
      {t(`auditOutcomes.${outcome}`)}
      {status ? ` · ${status}` : ""}
    </Badge>
  );
}
