import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { workingTimeText } from "./working-time.ts";

/** "Còn 2 ngày 3 giờ làm việc" or, past the due, "Quá 4 giờ làm việc" in red. */
export function RemainingTime({ minutes, fz = "sm" }: { minutes: number; fz?: "xs" | "sm" | "md" }) {
  const { t } = useTranslation();
  const late = minutes < 0;
  return (
    <Text fz={fz} c={late ? "red.9" : "gray.8"} fw={late ? 700 : 400} data-testid="remaining-time">
      {t(late ? "dossierTime.late" : "dossierTime.left", { time: workingTimeText(minutes, t) })}
    </Text>
  );
}
