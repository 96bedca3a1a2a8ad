import { UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardFigureRef } from "./dashboard-api.ts";

interface Props {
  figure: DashboardFigureRef;
  count: number;
  onOpen: (figure: DashboardFigureRef) => void;
  fw?: number;
}

/** RPT-7: a count of the dashboard that opens the list of its dossiers (zero has none to open). */
export function FigureButton({ figure, count, onOpen, fw = 600 }: Props) {
  const { t } = useTranslation();
  if (count === 0) return <span>0</span>;
  return (
    <UnstyledButton
      onClick={() => onOpen(figure)}
      className="mc-dashboard-figure"
      fw={fw}
      aria-label={t("dashboard.openFigure", {
        figure: `${figure.figureLabel} — ${figure.groupLabel}`,
        count,
      })}
      data-testid={`dashboard-figure-${figure.figure}`}
      data-key={figure.key ?? ""}
      data-count={count}
    >
      {count}
    </UnstyledButton>
  );
}
