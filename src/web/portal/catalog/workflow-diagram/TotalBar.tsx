import { Box, Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * The time of the longest path against the statutory time (PRC-1), as a bar that turns red when
 * the steps take longer than the law allows.
 */
export function TotalBar({
  amount,
  budget,
  text,
  budgetText,
}: {
  amount: number;
  budget: number;
  text: string;
  budgetText: string;
}) {
  const { t } = useTranslation();
  const over = amount > budget + 1e-6;
  const share = budget > 0 ? Math.min(100, (amount / budget) * 100) : amount > 0 ? 100 : 0;
  return (
    <Box
      data-testid="workflow-total"
      data-over={over}
      role="group"
      aria-label={t("workflowDiagram.totalLabel")}
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
        <Text fz="sm" fw={700} c={over ? "red.9" : "gray.9"}>
          {t("workflowDiagram.total", { total: text })}
        </Text>
        <Text fz="sm" c="gray.7">
          {t("workflowDiagram.budget", { budget: budgetText })}
        </Text>
      </Group>
      <Progress
        value={share}
        color={over ? "red.9" : share > 90 ? "yellow.7" : "teal.7"}
        size="lg"
        radius="sm"
        aria-label={t("workflowDiagram.totalLabel")}
        aria-valuetext={t("workflowDiagram.totalValue", { total: text, budget: budgetText })}
      />
      {over && (
        <Text fz="sm" c="red.9" fw={600} mt={4} data-testid="workflow-total-over">
          {t("workflowDiagram.over")}
        </Text>
      )}
    </Box>
  );
}
