import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { FileSignature } from "../../portal/catalog/FileSignature.tsx";
import { DossierSection } from "./DossierSection.tsx";
import { FileLink } from "./FileLink.tsx";
import { copiesText } from "./timeline-text.ts";

type Attachment = DossierView["attachments"][number];

/** REC-2: a paper only shown at the counter for comparison and handed back: no copy, no scan. */
const isOnlyShown = (item: Attachment) =>
  item.shownForComparison && item.originals + item.certifiedCopies + item.photocopies === 0 && !item.file;

/** The components received (bản chính, bản sao chứng thực, bản photo) and the supplements asked for. */
export function ComponentsSection({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const components = view.attachments.filter((item) => item.purpose === "component");
  return (
    <DossierSection
      id="dossier-components"
      title={t("dossierPage.components.title")}
      testId="dossier-components"
    >
      {components.length === 0 ? (
        <Text c="gray.7">{t("dossierPage.components.empty")}</Text>
      ) : (
        <Table className="mc-stack-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("dossierPage.components.name")}</Table.Th>
              <Table.Th>{t("dossierPage.components.copies")}</Table.Th>
              <Table.Th>{t("dossierPage.components.scan")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {components.map((item) => (
              <Table.Tr key={`${item.version}-${item.componentIndex}-${item.file?.id ?? ""}`}>
                <Table.Td>
                  {item.name ??
                    t("dossierPage.components.unnamed", { index: (item.componentIndex ?? 0) + 1 })}
                </Table.Td>
                <Table.Td data-label={t("dossierPage.components.copies")}>
                  {!isOnlyShown(item) && <Text fz="sm">{copiesText(item, t)}</Text>}
                  {item.shownForComparison && (
                    <Text fz="sm" data-testid="dossier-component-shown">
                      {t("dossierPage.components.presented")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t("dossierPage.components.scan")}>
                  {item.file ? (
                    <>
                      <FileLink dossierId={view.id} fileId={item.file.id} name={item.file.name} />
                      <FileSignature signature={item.file.signature} />
                    </>
                  ) : (
                    t("dossierPage.none")
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {view.supplementRequests.length > 0 && (
        <Stack gap="xs" mt="md" data-testid="dossier-supplement-requests">
          {view.supplementRequests.map((request) => (
            <div key={request.at}>
              <Text fw={600} fz="sm">
                {t("dossierPage.components.request", { at: formatMoment(request.at) })}
              </Text>
              <Text fz="sm">{request.reason}</Text>
              <Text component="ul" fz="sm" my={4}>
                {request.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </Text>
              <Text fz="xs" c={request.fulfilledAt ? "teal.9" : "orange.9"}>
                {request.fulfilledAt
                  ? t("dossierPage.components.fulfilled", { at: formatMoment(request.fulfilledAt) })
                  : t("dossierPage.components.waiting")}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </DossierSection>
  );
}
