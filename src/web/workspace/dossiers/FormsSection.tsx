import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { dossierFormUrl } from "../../api-client/reception.ts";
import { DossierSection } from "./DossierSection.tsx";

/**
 * The forms that apply now, as the view lists them (Mẫu 04 apology and Mẫu 05 stop notice among
 * them); each opens as a PDF in a new tab. The control slip's label has no number: it is 05 or 06
 * by the dossier's set of forms (documents/form-set.ts).
 */
export function FormsSection({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const forms = view.forms;
  return (
    <DossierSection id="dossier-forms" title={t("dossierPage.forms.title")} testId="dossier-forms">
      {forms.length === 0 ? (
        <Text c="gray.7">{t("dossierPage.forms.none")}</Text>
      ) : (
        <Group gap="sm">
          {forms.map((form) => (
            <Button
              key={form}
              component="a"
              href={dossierFormUrl(view.id, form)}
              target="_blank"
              rel="noopener"
              variant="light"
              data-testid={`dossier-form-${form}`}
            >
              {t(`dossierPage.forms.names.${form}`)}
            </Button>
          ))}
        </Group>
      )}
    </DossierSection>
  );
}
