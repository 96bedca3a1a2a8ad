import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FIELD_TYPES } from "../../../domain/forms/definition.ts";
import { ConditionEditor } from "./ConditionEditor.tsx";
import {
  type ConditionTarget,
  type DraftField,
  type FieldType,
  keyFollowsLabel,
  keyFromLabel,
  textOf,
  uniqueKey,
  withProperty,
  withType,
} from "./definition-edit.ts";
import { FieldList, type FieldListChange } from "./FieldList.tsx";
import type { IssueLookup } from "./issue-lookup.ts";
import { OptionsEditor } from "./OptionsEditor.tsx";

/** The paths below a field that its inputs show (the rest is listed at the bottom of the card). */
const SHOWN = [
  "",
  "key",
  "label",
  "type",
  "help",
  "required",
  "width",
  "options",
  "itemLabel",
  "minItems",
  "maxItems",
  "fields",
];

export interface FieldCardProps {
  field: DraftField;
  /** `sections[0].fields[2]`, `sections[0].fields[2].fields[1]`: where its problems are reported. */
  path: string;
  position: number;
  count: number;
  /** The other keys of its list's scope (the whole form, or the group): a new key must differ. */
  takenKeys: ReadonlySet<string>;
  /** The fields its condition may name; for a group's own sub-fields, `targetsFor` gives theirs. */
  targets: ConditionTarget[];
  targetsFor: (self: string | null, group?: DraftField) => ConditionTarget[];
  /** Inside a repeatable group (whose sub-fields cannot be groups). */
  inGroup: boolean;
  issues: IssueLookup;
  /** Shown in full, or as its summary line only. */
  open: boolean;
  onToggle: () => void;
  onChange: FieldListChange<DraftField>;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One field of the e-form (CFG-2): what applicants read, the key its value is stored under, its type and rules. */
export function FieldCard(props: FieldCardProps) {
  const { field, path, position, count, takenKeys, targets, inGroup, issues, onChange } = props;
  const { t } = useTranslation();
  const type = textOf(field.type);
  const key = textOf(field.key);
  const set = (property: string, value: unknown) => onChange(withProperty(field, property, value));
  const relabel = (label: string) => {
    if (!keyFollowsLabel(key, textOf(field.label))) return onChange({ ...field, label });
    const next = uniqueKey(keyFromLabel(label), takenKeys);
    onChange({ ...field, label, key: next }, { from: key, to: next });
  };
  const rest = issues.rest(path, [...SHOWN, ...conditionPaths], ["fields", "options"]);
  const types = FIELD_TYPES.filter((candidate) => !inGroup || candidate !== "group");

  const problems = issues.rest(path, [], ["fields"]).length;
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="form-field-card"
      data-path={path}
      data-key={key}
      data-open={props.open}
    >
      <Group justify="space-between" gap="xs" mb={props.open ? "xs" : 0} wrap="nowrap">
        <UnstyledButton
          onClick={props.onToggle}
          aria-expanded={props.open}
          aria-label={t(props.open ? "adminForms.visual.collapse" : "adminForms.visual.expand", {
            n: position + 1,
          })}
          miw={0}
          flex={1}
        >
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text c="gray.7" fz="xs" w={12}>
              {props.open ? "▾" : "▸"}
            </Text>
            <Text fw={600} fz="sm" c="gray.7" style={{ flexShrink: 0 }}>
              {t("adminForms.visual.fieldN", { n: position + 1 })}
            </Text>
            <Text fw={600} truncate>
              {textOf(field.label) || "—"}
            </Text>
            {!props.open && (
              <Text c="gray.7" fz="sm" truncate visibleFrom="sm">
                {FIELD_TYPES.includes(type as FieldType)
                  ? t(`adminForms.visual.types.${type as FieldType}`)
                  : type}
                {field.required === true && ` · ${t("adminForms.visual.requiredShort")}`}
                {field.visibleWhen !== undefined && ` · ${t("adminForms.visual.conditionalShort")}`}
              </Text>
            )}
            {problems > 0 && (
              <Badge color="red" variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
                {t("adminForms.visual.problems", { count: problems })}
              </Badge>
            )}
          </Group>
        </UnstyledButton>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            disabled={position === 0}
            onClick={() => props.onMove(-1)}
            aria-label={t("adminForms.visual.moveUp", { n: position + 1 })}
          >
            ↑
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            disabled={position === count - 1}
            onClick={() => props.onMove(1)}
            aria-label={t("adminForms.visual.moveDown", { n: position + 1 })}
          >
            ↓
          </Button>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            disabled={count <= 1}
            onClick={props.onRemove}
            aria-label={t("adminForms.visual.removeField", { n: position + 1 })}
          >
            {t("adminForms.visual.remove")}
          </Button>
        </Group>
      </Group>
      {props.open && (
        <Stack gap="xs">
          {issues.at(path) && (
            <Text fz="sm" c="red.8">
              {issues.at(path)}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput
              label={t("adminForms.visual.label")}
              value={textOf(field.label)}
              onChange={(event) => relabel(event.currentTarget.value)}
              error={issues.at(`${path}.label`)}
              required
            />
            <TextInput
              label={t("adminForms.visual.key")}
              value={key}
              onChange={(event) => {
                const next = event.currentTarget.value;
                onChange({ ...field, key: next }, { from: key, to: next });
              }}
              error={issues.at(`${path}.key`)}
              styles={MONOSPACE}
              required
            />
            <Select
              label={t("adminForms.visual.type")}
              data={types.map((value) => ({ value, label: t(`adminForms.visual.types.${value}`) }))}
              value={(types as readonly string[]).includes(type) ? type : null}
              placeholder={type}
              onChange={(value) => value && onChange(withType(field, value as FieldType))}
              allowDeselect={false}
              error={issues.at(`${path}.type`)}
            />
            <Select
              label={t("adminForms.visual.width")}
              data={(["full", "half", "third"] as const).map((value) => ({
                value,
                label: t(`adminForms.visual.widths.${value}`),
              }))}
              value={textOf(field.width) || "full"}
              onChange={(value) => set("width", value === "full" ? undefined : value)}
              allowDeselect={false}
              error={issues.at(`${path}.width`)}
            />
          </SimpleGrid>
          <Textarea
            label={t("adminForms.visual.help")}
            value={textOf(field.help)}
            onChange={(event) => set("help", event.currentTarget.value)}
            error={issues.at(`${path}.help`)}
            autosize
            minRows={1}
            maxRows={4}
          />
          <Checkbox
            label={type === "checkbox" ? t("adminForms.visual.mustTick") : t("adminForms.visual.required")}
            checked={field.required === true}
            onChange={(event) => set("required", event.currentTarget.checked || undefined)}
            error={issues.at(`${path}.required`)}
          />
          {(type === "select" || type === "radio") && (
            <OptionsEditor
              options={Array.isArray(field.options) ? field.options : []}
              path={`${path}.options`}
              issues={issues}
              onChange={(options) => set("options", options)}
            />
          )}
          {type === "group" && <GroupSettings {...props} />}
          <ConditionEditor
            condition={field.visibleWhen as Record<string, unknown> | undefined}
            targets={targets}
            path={`${path}.visibleWhen`}
            issues={issues}
            onChange={(condition) => set("visibleWhen", condition)}
          />
          {rest.length > 0 && (
            <Alert color="red" variant="light" p="xs" data-testid="form-field-problems">
              {rest.map((issue) => (
                <Text fz="sm" key={issue.path + issue.code + issue.message}>
                  <Text span ff="monospace" fz="xs">
                    {issue.path.slice(path.length + 1) || "—"}
                  </Text>
                  : {issue.message}
                </Text>
              ))}
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}

const MONOSPACE = { input: { fontFamily: "var(--mantine-font-family-monospace)" } };

const conditionPaths = [
  "visibleWhen",
  "visibleWhen.field",
  "visibleWhen.equals",
  "visibleWhen.in",
  "visibleWhen.notEmpty",
];

/** A repeatable group: the title of one item, how many items, and its own fields. */
function GroupSettings({ field, path, issues, onChange, targetsFor }: FieldCardProps) {
  const { t } = useTranslation();
  const sub = field.fields ?? [];
  const count = (property: "minItems" | "maxItems") => (
    <NumberInput
      label={t(`adminForms.visual.${property}`)}
      value={typeof field[property] === "number" ? field[property] : ""}
      onChange={(value) =>
        onChange(withProperty(field, property, typeof value === "number" ? value : undefined))
      }
      error={issues.at(`${path}.${property}`)}
      min={0}
      max={100}
      allowDecimal={false}
    />
  );
  return (
    <Paper bg="gray.0" p="sm" radius="sm" data-testid="form-group-fields">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mb="sm">
        <TextInput
          label={t("adminForms.visual.itemLabel")}
          value={textOf(field.itemLabel)}
          onChange={(event) => onChange(withProperty(field, "itemLabel", event.currentTarget.value))}
          error={issues.at(`${path}.itemLabel`)}
        />
        {count("minItems")}
        {count("maxItems")}
      </SimpleGrid>
      <Text fw={600} fz="sm" mb={4}>
        {t("adminForms.visual.groupFields")}
      </Text>
      <FieldList
        fields={sub}
        path={`${path}.fields`}
        group={field}
        targetsFor={targetsFor}
        issues={issues}
        onChange={(fields, rename) =>
          onChange({ ...field, fields }, rename && { ...rename, group: textOf(field.key) })
        }
      />
    </Paper>
  );
}
