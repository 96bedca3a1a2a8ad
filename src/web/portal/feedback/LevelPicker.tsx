import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SATISFACTION_LEVELS, type SatisfactionLevel } from "../../../contracts/satisfaction.ts";

/** SAT-1: the three levels as large buttons, stacked on a narrow screen. */
export function LevelPicker({
  value,
  onChange,
  label,
  testId,
}: {
  value: SatisfactionLevel | null;
  onChange: (level: SatisfactionLevel) => void;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={label}
      fullWidth
      size="md"
      orientation="vertical"
      value={value ?? ""}
      onChange={(next) => onChange(next as SatisfactionLevel)}
      data={SATISFACTION_LEVELS.map((level) => ({ value: level, label: t(`satisfaction.levels.${level}`) }))}
      data-testid={testId}
    />
  );
}
