import { Badge, Box, Checkbox, Group, NumberInput, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import { fieldId } from "./field-ids.ts";
import { COPY_KINDS, type ComponentDraft, takesOriginalForComparison } from "./reception-draft.ts";
import { ScanUpload } from "./ScanUpload.tsx";

/** One paper of the dossier list: what the catalog asks for, the copies actually received, an optional scan. */
export function ComponentRow({
  index,
  component,
  draft,
  errors,
  onChange,
}: {
  index: number;
  component: DossierComponent;
  draft: ComponentDraft;
  errors: Record<string, string>;
  onChange: (draft: ComponentDraft) => void;
}) {
  const { t } = useTranslation();
  const path = `components.${index}`;
  return (
    <Box
      component="li"
      py="md"
      style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
      data-testid="reception-component"
      data-index={index}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Text fw={700} miw="1.5rem">
          {index + 1}.
        </Text>
        <Box flex={1} miw={0}>
          <Text fw={600} className="mc-break">
            {component.name}{" "}
            {component.required && (
              <Badge size="sm" variant="light" color="red" radius="sm" tt="none">
                {t("counterReception.required")}
              </Badge>
            )}
          </Text>
          <Text fz="sm" c="gray.7">
            {t("counterReception.expected", {
              counts: t("counterReception.countsText", {
                originals: component.originals,
                certifiedCopies: component.certifiedCopies,
                photocopies: component.photocopies,
              }),
            })}
          </Text>
          {takesOriginalForComparison(component) && (
            <Checkbox
              mt="sm"
              label={t("counterReception.presented")}
              checked={draft.shownForComparison}
              onChange={(event) => onChange({ ...draft, shownForComparison: event.currentTarget.checked })}
              data-testid="reception-component-presented"
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mt="sm">
            {COPY_KINDS.map((kind) => (
              <NumberInput
                key={kind}
                id={fieldId(`${path}.${kind}`)}
                label={t(`counterReception.copies.${kind}`)}
                min={0}
                max={99}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={draft[kind]}
                onChange={(value) => onChange({ ...draft, [kind]: typeof value === "number" ? value : 0 })}
                error={errors[`${path}.${kind}`]}
                data-testid={`reception-component-${kind}`}
              />
            ))}
          </SimpleGrid>
          <ScanUpload
            file={draft.file}
            error={errors[`${path}.fileId`] ?? errors[path]}
            onChange={(file) => onChange({ ...draft, file })}
          />
        </Box>
      </Group>
    </Box>
  );
}
