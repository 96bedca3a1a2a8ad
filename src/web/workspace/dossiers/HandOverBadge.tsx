import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { type BadgeLook, SymbolBadge } from "./SymbolBadge.tsx";

type Outcome = NonNullable<NonNullable<TimelineEntry["handOver"]>["outcome"]>;

const LOOK: Readonly<Record<Outcome, BadgeLook>> = {
  early: { color: "teal", symbol: "✓", variant: "light" },
  on_time: { color: "blue", symbol: "✓", variant: "light" },
  late: { color: "red.9", symbol: "✕", variant: "filled" },
};

/** PRC-2: whether the step this hand-over finished was early, on time or late against its due. */
export function HandOverBadge({ handOver }: { handOver: TimelineEntry["handOver"] }) {
  const { t } = useTranslation();
  if (!handOver?.outcome) return null;
  return (
    <SymbolBadge
      look={LOOK[handOver.outcome]}
      size="sm"
      title={
        handOver.due ? t("dossierPage.timeline.stepDue", { due: formatMoment(handOver.due) }) : undefined
      }
      data-testid="hand-over-outcome"
      data-outcome={handOver.outcome}
    >
      {t(`dossierPage.timeline.handOver.${handOver.outcome}`)}
    </SymbolBadge>
  );
}
