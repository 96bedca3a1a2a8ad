import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { myDossiersApi } from "./api.ts";

/**
 * The forms the citizen may download now (Mẫu 01–04, the stop notice), the electronic result once
 * returned (RES-3), and the files they handed in, each opened as served by the citizen's routes.
 */
export function DownloadsSection({ view }: { view: CitizenDossierView }) {
  const { t } = useTranslation();
  const results = view.attachments.filter((a) => a.purpose === "result" && a.file);
  const handedIn = view.attachments.filter((a) => a.purpose !== "result" && a.file);
  const link = (fileId: string) => myDossiersApi.fileUrl(view.id, fileId);
  return (
    <DossierSection id="my-dossier-forms" title={t("myDossier.formsTitle")} testId="my-dossier-forms">
      <Stack gap="md">
        {view.forms.length === 0 ? (
          <Text c="gray.7">{t("myDossier.formsNone")}</Text>
        ) : (
          <Group gap="sm">
            {view.forms.map((form) => (
              <Button
                key={form}
                component="a"
                href={myDossiersApi.formUrl(view.id, form)}
                target="_blank"
                rel="noopener"
                variant="light"
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: "normal" } }}
                data-testid={`my-dossier-form-${form}`}
              >
                {t(`myDossier.formNames.${form}`)}
              </Button>
            ))}
          </Group>
        )}
        {view.result && (
          <div data-testid="my-dossier-result">
            <Text fw={700}>{t("myDossier.resultTitle")}</Text>
            <Text fz="sm">{t("myDossier.resultNumber", { number: view.result.documentNumber })}</Text>
            {results.map((a) =>
              a.file ? (
                <Anchor key={a.file.id} href={link(a.file.id)} target="_blank" rel="noopener" fz="sm">
                  {t("myDossier.resultDownload")}
                </Anchor>
              ) : null,
            )}
          </div>
        )}
        {handedIn.length > 0 && (
          <div>
            <Text fw={700}>{t("myDossier.filesTitle")}</Text>
            <Stack gap={2}>
              {handedIn.map((a) =>
                a.file ? (
                  <Anchor
                    key={a.file.id}
                    href={link(a.file.id)}
                    target="_blank"
                    rel="noopener"
                    fz="sm"
                    style={{ overflowWrap: "anywhere" }}
                  >
                    {a.name ?? a.file.name ?? t("myDossier.file")}
                  </Anchor>
                ) : null,
              )}
            </Stack>
          </div>
        )}
      </Stack>
    </DossierSection>
  );
}
