import { Box, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import { ComponentRow } from "./ComponentRow.tsx";
import type { ComponentDraft } from "./reception-draft.ts";
import { Section } from "./Section.tsx";

/** 4. The procedure's dossier list, each paper with the copies received (Mẫu 01 prints these counts). */
export function ComponentsSection({
  catalog,
  drafts,
  errors,
  onChange,
}: {
  catalog: readonly DossierComponent[];
  drafts: readonly ComponentDraft[];
  errors: Record<string, string>;
  onChange: (drafts: ComponentDraft[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section
      id="reception-components-title"
      title={t("counterReception.componentsSection")}
      hint={t("counterReception.componentsHint")}
    >
      {catalog.length === 0 ? (
        <Text c="gray.7">{t("counterReception.noComponents")}</Text>
      ) : (
        <Box component="ol" p={0} m={0} style={{ listStyle: "none" }}>
          {catalog.map((component, index) => {
            const draft = drafts[index];
            if (!draft) return null;
            return (
              <ComponentRow
                // biome-ignore lint/suspicious/noArrayIndexKey: the catalog's position is the component's identity
                key={index}
                index={index}
                component={component}
                draft={draft}
                errors={errors}
                onChange={(next) => onChange(drafts.map((d, i) => (i === index ? next : d)))}
              />
            );
          })}
        </Box>
      )}
    </Section>
  );
}
