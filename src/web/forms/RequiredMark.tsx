import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The red asterisk of a required field, read out as "bắt buộc". */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <Text span c="red.9" ml={4} aria-label={t("formRenderer.required")}>
      *
    </Text>
  );
}
