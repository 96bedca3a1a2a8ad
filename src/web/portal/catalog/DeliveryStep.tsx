import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import { ResultDelivery as Deliveries, type ResultDelivery } from "../../../contracts/dossiers.ts";

/** REC-7: the applicant chooses how the result comes back: at the counter, by post, or electronically. */
export function DeliveryStep({
  citizen,
  value,
  onChange,
  error,
}: {
  citizen: CitizenProfile;
  value: ResultDelivery | null;
  onChange: (value: ResultDelivery) => void;
  error: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id="mc-step-delivery"
      label={t("onlineSubmission.delivery.label")}
      value={value}
      onChange={(next) => onChange(next as ResultDelivery)}
      error={error ? t("onlineSubmission.delivery.missing") : undefined}
      data-testid="submission-delivery"
    >
      <Stack gap="sm" mt="xs">
        {Deliveries.options.map((option) => (
          <Radio
            key={option}
            value={option}
            label={t(`onlineSubmission.delivery.${option}`)}
            description={
              option === "post"
                ? t("onlineSubmission.delivery.postHint", { address: citizen.address ?? "—" })
                : t(`onlineSubmission.delivery.${option}Hint`)
            }
          />
        ))}
      </Stack>
      <Text fz="xs" c="gray.7" mt="sm">
        {t("onlineSubmission.delivery.note")}
      </Text>
    </Radio.Group>
  );
}
