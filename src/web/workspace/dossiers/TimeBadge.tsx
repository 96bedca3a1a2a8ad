import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TimeClass } from "../../../contracts/dossiers.ts";

/**
 * Colour, symbol and words together: the remaining time is never told by colour alone. Light
 * badges take a colour name (Mantine derives their text colour); filled ones a dark shade for contrast.
 */
const LOOK: Readonly<Record<TimeClass, { color: string; symbol: string; variant: "light" | "filled" }>> = {
  ok: { color: "teal", symbol: "✓", variant: "light" },
  due_soon: { color: "orange.9", symbol: "⚠", variant: "filled" },
  overdue: { color: "red.9", symbol: "✕", variant: "filled" },
  none: { color: "gray", symbol: "–", variant: "light" },
};

export function TimeBadge({ timeClass, size = "md" }: { timeClass: TimeClass; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  const look = LOOK[timeClass];
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      radius="sm"
      tt="none"
      size={size}
      leftSection={<span aria-hidden="true">{look.symbol}</span>}
      data-testid="time-badge"
      data-time-class={timeClass}
    >
      {t(`dossierTime.class.${timeClass}`)}
    </Badge>
  );
}
