import { Radio, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ResultDelivery } from "../../../contracts/dossiers.ts";
import type { ReceptionDraft } from "./reception-draft.ts";
import { Section } from "./Section.tsx";

const CHANNELS = ["counter", "post"] as const;

/** 5. How the dossier came in (REC-1) and how the applicant chose to get the result (REC-7). */
export function DeliverySection({
  channel,
  resultDelivery,
  onChange,
}: {
  channel: ReceptionDraft["channel"];
  resultDelivery: ReceptionDraft["resultDelivery"];
  onChange: (change: Pick<ReceptionDraft, "channel" | "resultDelivery">) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="reception-delivery-title" title={t("counterReception.deliverySection")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Radio.Group
          label={t("counterReception.channel")}
          value={channel}
          onChange={(value) => onChange({ channel: value === "post" ? "post" : "counter", resultDelivery })}
        >
          <Stack gap="xs" mt={4}>
            {CHANNELS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`counterReception.channels.${value}`)}
                data-testid={`reception-channel-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t("counterReception.resultDelivery")}
          value={resultDelivery}
          onChange={(value) => onChange({ channel, resultDelivery: ResultDelivery.parse(value) })}
        >
          <Stack gap="xs" mt={4}>
            {ResultDelivery.options.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`counterReception.deliveries.${value}`)}
                data-testid={`reception-delivery-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      </SimpleGrid>
    </Section>
  );
}
