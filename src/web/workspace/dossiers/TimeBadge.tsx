import { useTranslation } from "react-i18next";
import type { TimeClass } from "../../../contracts/dossiers.ts";
import { type BadgeLook, SymbolBadge } from "./SymbolBadge.tsx";

const LOOK: Readonly<Record<TimeClass, BadgeLook>> = {
  ok: { color: "teal", symbol: "✓", variant: "light" },
  due_soon: { color: "orange.9", symbol: "⚠", variant: "filled" },
  overdue: { color: "red.9", symbol: "✕", variant: "filled" },
  none: { color: "gray", symbol: "–", variant: "light" },
};

/** The remaining time of a dossier, in words with a symbol and a colour. */
export function TimeBadge({ timeClass, size = "md" }: { timeClass: TimeClass; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <SymbolBadge look={LOOK[timeClass]} size={size} data-testid="time-badge" data-time-class={timeClass}>
      {t(`dossierTime.class.${timeClass}`)}
    </SymbolBadge>
  );
}
