import { Box, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { useRuleCitation } from "./rule-citation.ts";
import { SubDeadlineState } from "./SubDeadlineState.tsx";

export type SubDeadline = DossierView["subDeadlines"][number];

/**
 * The dossier's own short deadlines (REC-3 acceptance, PRC-5 return window, PAU-2 fees, WDR-2..4
 * withdrawal, CAN-2 cancellation review): an open duty past its due is marked "Quá hạn".
 */
export function SubDeadlines({ items }: { items: readonly SubDeadline[] }) {
  const { t } = useTranslation();
  const citation = useRuleCitation();
  if (items.length === 0) return null;
  return (
    <Box mt="lg">
      <Title order={3} fz="h5" mb="xs">
        {t("dossierPage.subDeadlines.title")}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Box
            component="li"
            key={`${item.kind}-${item.from}`}
            p="xs"
            className={item.overdue ? "mc-overdue-item" : undefined}
            style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4 }}
            data-testid="sub-deadline"
            data-kind={item.kind}
            data-overdue={item.overdue}
          >
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={600} fz="sm">
                {t(`dossierPage.subDeadlines.kinds.${item.kind}`, { defaultValue: item.label })}{" "}
                {citation(item.rule) && (
                  <Text span c="gray.7" fz="xs">
                    ({citation(item.rule)})
                  </Text>
                )}
              </Text>
              <SubDeadlineState item={item} />
            </Group>
            <Text fz="xs" c="gray.8">
              {t("dossierPage.subDeadlines.due", { due: formatMoment(item.due) })}
              {item.closedAt &&
                ` · ${t("dossierPage.subDeadlines.closed", { at: formatMoment(item.closedAt) })}`}
            </Text>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
