import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InboxRow } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";

/**
 * WDR-2..4, CAN-2: "Quá hạn" naming each open sub-deadline past its due, in red with a symbol (never
 * colour alone); plain text, so that it wraps on a narrow screen.
 */
export function OverdueSubDeadlines({ items }: { items: InboxRow["overdueSubDeadlines"] }) {
  const { t } = useTranslation();
  return items.map((item) => (
    <Text
      key={item.kind}
      fz="xs"
      fw={700}
      c="red.9"
      title={t("inbox.subDeadlineDue", { due: formatMoment(item.due), rule: item.rule })}
      data-testid="inbox-sub-deadline-overdue"
      data-kind={item.kind}
    >
      <span aria-hidden="true">✕ </span>
      {t("inbox.subDeadlineOverdue", { label: item.label })}
    </Text>
  ));
}
