import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { workingTimeText } from "./working-time.ts";

/**
 * "Còn 2 ngày 3 giờ làm việc" or, once overdue as the server classified it (CAL-9), "Quá 4 giờ
 * làm việc" in red.
 */
export function RemainingTime({
  minutes,
  minutesPerDay,
  overdue,
  fz = "sm",
}: {
  minutes: number;
  minutesPerDay: number;
  overdue: boolean;
  fz?: "xs" | "sm" | "md";
}) {
  const { t } = useTranslation();
  return (
    <Text fz={fz} c={overdue ? "red.9" : "gray.8"} fw={overdue ? 700 : 400} data-testid="remaining-time">
      {t(overdue ? "dossierTime.late" : "dossierTime.left", {
        time: workingTimeText(minutes, minutesPerDay, t),
      })}
    </Text>
  );
}
