import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SubDeadline } from "./SubDeadlines.tsx";

/** Open, met, late or lapsed; an open duty past its due: "Quá hạn", in red with a symbol. */
export function SubDeadlineState({ item }: { item: SubDeadline }) {
  const { t } = useTranslation();
  if (item.overdue) {
    return (
      <Badge
        color="red.9"
        radius="sm"
        tt="none"
        leftSection={<span aria-hidden="true">✕</span>}
        data-testid="sub-deadline-overdue"
      >
        {t("dossierTime.class.overdue")}
      </Badge>
    );
  }
  const state = item.outcome ?? "open";
  return (
    <Badge
      color={state === "late" ? "red" : state === "open" ? "blue" : "teal"}
      variant="light"
      radius="sm"
      tt="none"
    >
      {t(`dossierPage.subDeadlines.outcomes.${state}`)}
    </Badge>
  );
}
