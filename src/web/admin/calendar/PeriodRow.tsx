import { ActionIcon, Group, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WorkingPeriod } from "../../../contracts/calendar.ts";

/** One working period: "Buổi 1: từ 07:30 đến 11:30", with its error and a remove button. */
export function PeriodRow({
  index,
  period,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  period: WorkingPeriod;
  error: string | undefined;
  onChange: (index: number, field: keyof WorkingPeriod, value: string) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <fieldset
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      data-testid={`working-period-${index}`}
    >
      <Text component="legend" fw={600} fz="sm" p={0} mb={4}>
        {t("adminCalendar.hours.period", { n })}
      </Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          type="time"
          label={t("adminCalendar.hours.start")}
          value={period.start}
          onChange={(event) => onChange(index, "start", event.currentTarget.value)}
          error={Boolean(error)}
          flex={1}
          miw={0}
        />
        <TextInput
          type="time"
          label={t("adminCalendar.hours.end")}
          value={period.end}
          onChange={(event) => onChange(index, "end", event.currentTarget.value)}
          error={Boolean(error)}
          flex={1}
          miw={0}
        />
        {onRemove && (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="lg"
            mb={2}
            aria-label={t("adminCalendar.hours.remove", { n })}
            onClick={onRemove}
          >
            ✕
          </ActionIcon>
        )}
      </Group>
      {error && (
        <Text c="var(--mantine-color-error)" fz="sm" mt={4}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
