import { Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Issue } from "../../../domain/forms/issues.ts";
import {
  conditionTargets,
  type DraftDefinition,
  type DraftField,
  moveAt,
  newField,
  removeAt,
  renameReferences,
  replaceAt,
  textOf,
  topLevelKeys,
  uniqueKey,
  withProperty,
} from "./definition-edit.ts";
import { issueLookup } from "./issue-lookup.ts";
import { SectionCard } from "./SectionCard.tsx";

/**
 * The e-form (CFG-2) edited without JSON, for the staff who write forms: the title, then each
 * section and its fields. Every change gives the whole definition to `onChange` (the page keeps it
 * as the JSON text too), and the problems the domain's check and the server found are shown at
 * the inputs they concern.
 */
export function VisualFormEditor({
  definition,
  issues,
  onChange,
}: {
  definition: DraftDefinition;
  issues: readonly Issue[];
  onChange: (definition: DraftDefinition) => void;
}) {
  const { t } = useTranslation();
  const lookup = issueLookup(issues);
  const sections = definition.sections;
  const targetsFor = (self: string | null, group?: DraftField) => conditionTargets(definition, self, group);
  const sectionKeys = (except: number) =>
    new Set(sections.filter((_, i) => i !== except).map((section) => textOf(section.key)));
  const fieldKeysOutside = (index: number) =>
    new Set(sections.flatMap((section, i) => (i === index ? [] : section.fields.map((f) => textOf(f.key)))));
  const setSections = (next: DraftDefinition["sections"]) => onChange({ ...definition, sections: next });

  return (
    <Stack gap="md" data-testid="form-visual-editor">
      <Text fz="sm" c="gray.7">
        {t("adminForms.visual.intro")}
      </Text>
      <TextInput
        label={t("adminForms.visual.formTitle")}
        value={textOf(definition.title)}
        onChange={(event) => onChange({ ...definition, title: event.currentTarget.value })}
        error={lookup.at("title")}
        required
      />
      <Textarea
        label={t("adminForms.visual.formDescription")}
        value={textOf(definition.description)}
        onChange={(event) => onChange(withProperty(definition, "description", event.currentTarget.value))}
        error={lookup.at("description")}
        autosize
        minRows={1}
        maxRows={5}
      />
      {lookup.at("sections") && (
        <Text fz="sm" c="red.8">
          {lookup.at("sections")}
        </Text>
      )}
      {sections.map((section, i) => (
        <SectionCard
          // biome-ignore lint/suspicious/noArrayIndexKey: a section's key is edited in the card itself
          key={i}
          section={section}
          index={i}
          count={sections.length}
          sectionKeys={sectionKeys(i)}
          otherFieldKeys={fieldKeysOutside(i)}
          targetsFor={targetsFor}
          issues={lookup}
          onChange={(next, rename) => {
            const changed = { ...definition, sections: replaceAt(sections, i, next) };
            onChange(rename ? renameReferences(changed, rename.from, rename.to, rename.group) : changed);
          }}
          onMove={(by) => setSections(moveAt(sections, i, by))}
          onRemove={() => setSections(removeAt(sections, i))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => {
            const title = t("adminForms.visual.newSection", { n: sections.length + 1 });
            const key = uniqueKey(`phan${sections.length + 1}`, sectionKeys(-1));
            const fields = [newField(new Set(topLevelKeys(definition)))];
            setSections([...sections, { key, title, fields }]);
          }}
          data-testid="form-add-section"
        >
          {t("adminForms.visual.addSection")}
        </Button>
      </Group>
    </Stack>
  );
}
