import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConditionEditor } from "./ConditionEditor.tsx";
import {
  type ConditionTarget,
  type DraftField,
  type DraftSection,
  keyFollowsLabel,
  keyFromLabel,
  textOf,
  uniqueKey,
  withProperty,
} from "./definition-edit.ts";
import { FieldList, type FieldListChange } from "./FieldList.tsx";
import type { IssueLookup } from "./issue-lookup.ts";

/** One section of the form: a titled group of fields on screen, which a condition may hide as a whole. */
export function SectionCard({
  section,
  index,
  count,
  sectionKeys,
  otherFieldKeys,
  targetsFor,
  issues,
  onChange,
  onMove,
  onRemove,
}: {
  section: DraftSection;
  index: number;
  count: number;
  /** The other sections' keys. */
  sectionKeys: ReadonlySet<string>;
  /** The keys of the other sections' fields (keys are unique across the form). */
  otherFieldKeys: ReadonlySet<string>;
  targetsFor: (self: string | null, group?: DraftField) => ConditionTarget[];
  issues: IssueLookup;
  onChange: FieldListChange<DraftSection>;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const path = `sections[${index}]`;
  const key = textOf(section.key);
  const retitle = (title: string) => {
    const follows = keyFollowsLabel(key, textOf(section.title), "phan");
    onChange({
      ...section,
      title,
      ...(follows ? { key: uniqueKey(keyFromLabel(title, "phan"), sectionKeys) } : {}),
    });
  };
  return (
    <Paper withBorder p="md" data-testid="form-section-card" data-path={path}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} fz="md">
          {t("adminForms.visual.sectionN", { n: index + 1 })}
        </Title>
        <Group gap={4}>
          <Button
            size="compact-xs"
            variant="default"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t("adminForms.visual.sectionUp", { n: index + 1 })}
          >
            ↑
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t("adminForms.visual.sectionDown", { n: index + 1 })}
          >
            ↓
          </Button>
          <Button size="compact-xs" variant="light" color="red" disabled={count <= 1} onClick={onRemove}>
            {t("adminForms.visual.removeSection")}
          </Button>
        </Group>
      </Group>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t("adminForms.visual.sectionTitle")}
            value={textOf(section.title)}
            onChange={(event) => retitle(event.currentTarget.value)}
            error={issues.at(`${path}.title`)}
            required
          />
          <TextInput
            label={t("adminForms.visual.key")}
            value={key}
            onChange={(event) => onChange({ ...section, key: event.currentTarget.value })}
            error={issues.at(`${path}.key`)}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t("adminForms.visual.sectionDescription")}
          value={textOf(section.description)}
          onChange={(event) => onChange(withProperty(section, "description", event.currentTarget.value))}
          error={issues.at(`${path}.description`)}
          autosize
          minRows={1}
          maxRows={4}
        />
        <ConditionEditor
          condition={section.visibleWhen as Record<string, unknown> | undefined}
          targets={targetsFor(null)}
          path={`${path}.visibleWhen`}
          issues={issues}
          onChange={(condition) => onChange(withProperty(section, "visibleWhen", condition))}
        />
        {issues.at(`${path}.fields`) && (
          <Text fz="sm" c="red.8">
            {issues.at(`${path}.fields`)}
          </Text>
        )}
        <FieldList
          fields={section.fields}
          path={`${path}.fields`}
          takenKeys={otherFieldKeys}
          targetsFor={targetsFor}
          issues={issues}
          onChange={(fields, rename) => onChange({ ...section, fields }, rename)}
        />
      </Stack>
    </Paper>
  );
}
