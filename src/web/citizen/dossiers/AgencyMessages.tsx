import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { formatMoment } from "../format.ts";

const KINDS = ["reception", "return", "correction"] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** What the agency asked or told the applicant: supplement and correction requests (Mẫu 02), a refusal. */
export function AgencyMessages({ view }: { view: CitizenDossierView }) {
  const { t } = useTranslation();
  if (view.supplementRequests.length === 0 && !view.refusal) return null;
  return (
    <DossierSection
      id="my-dossier-messages"
      title={t("myDossier.messagesTitle")}
      testId="my-dossier-messages"
    >
      <Stack gap="md">
        {view.supplementRequests.map((request) => (
          <div key={request.at} data-testid="my-dossier-supplement">
            <Text fw={700}>
              {isKind(request.kind) ? t(`myDossier.supplementKinds.${request.kind}`) : request.kind}
            </Text>
            <Text fz="xs" c="gray.7">
              {formatMoment(request.at)} ·{" "}
              {request.fulfilledAt
                ? t("myDossier.supplementFulfilled", { time: formatMoment(request.fulfilledAt) })
                : t("myDossier.supplementOpen")}
            </Text>
            {request.reason && <Text fz="sm">{request.reason}</Text>}
            {request.items.length > 0 && (
              <>
                <Text fz="sm" mt={4}>
                  {t("myDossier.supplementItems")}
                </Text>
                <List size="sm">
                  {request.items.map((item) => (
                    <List.Item key={item}>{item}</List.Item>
                  ))}
                </List>
              </>
            )}
          </div>
        ))}
        {view.refusal && (
          <Text c="red.9" data-testid="my-dossier-refusal">
            {t("myDossier.refusal", { reason: view.refusal.reason })}
          </Text>
        )}
      </Stack>
    </DossierSection>
  );
}
