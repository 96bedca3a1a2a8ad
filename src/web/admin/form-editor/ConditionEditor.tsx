import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConditionValue } from "../../../domain/forms/definition.ts";
import type { ConditionTarget } from "./definition-edit.ts";
import { textOf } from "./definition-edit.ts";
import type { IssueLookup } from "./issue-lookup.ts";

type Operator = "equals" | "in" | "notEmpty";
type Condition = { field?: unknown; equals?: unknown; in?: unknown; notEmpty?: unknown };

const operatorOf = (condition: Condition): Operator =>
  condition.in !== undefined ? "in" : condition.notEmpty !== undefined ? "notEmpty" : "equals";

/** The choices of a target that has them (select, radio), as the values a condition may compare with. */
function choicesOf(target: ConditionTarget | undefined): { value: string; label: string }[] | null {
  const options = target?.field.options;
  if (!Array.isArray(options)) return null;
  return options
    .map((option: Record<string, unknown>) => ({
      value: textOf(option.value),
      label: textOf(option.label) || textOf(option.value),
    }))
    .filter((option, i, all) => option.value !== "" && all.findIndex((o) => o.value === option.value) === i);
}

/**
 * "Show only when…" (CFG-2 `visibleWhen`): another field (a sibling first inside a group) equals a
 * value, is one of several, or is filled in. The value is picked from the target's options, a
 * yes/no for a checkbox, a number for a number field, else typed.
 */
export function ConditionEditor({
  condition,
  targets,
  path,
  issues,
  onChange,
}: {
  condition: Condition | undefined;
  targets: ConditionTarget[];
  /** Path of the condition, `….visibleWhen`. */
  path: string;
  issues: IssueLookup;
  onChange: (condition: Condition | undefined) => void;
}) {
  const { t } = useTranslation();
  const on = condition !== undefined;
  const first = targets[0];
  return (
    <Stack gap="xs" data-testid="condition-editor">
      <Checkbox
        label={t("adminForms.visual.conditional")}
        checked={on}
        disabled={!on && !first}
        onChange={(event) =>
          onChange(event.currentTarget.checked && first ? { field: first.key, notEmpty: true } : undefined)
        }
        error={issues.at(path)}
      />
      {condition && (
        <ConditionRow
          condition={condition}
          targets={targets}
          path={path}
          issues={issues}
          onChange={onChange}
        />
      )}
    </Stack>
  );
}

function ConditionRow({
  condition,
  targets,
  path,
  issues,
  onChange,
}: {
  condition: Condition;
  targets: ConditionTarget[];
  path: string;
  issues: IssueLookup;
  onChange: (condition: Condition) => void;
}) {
  const { t } = useTranslation();
  const fieldKey = textOf(condition.field);
  const target = targets.find((candidate) => candidate.key === fieldKey);
  const operator = operatorOf(condition);
  const fieldOptions = targets.map((candidate) => ({
    value: candidate.key,
    label: `${candidate.label} (${candidate.key})`,
  }));
  if (fieldKey !== "" && !target) fieldOptions.push({ value: fieldKey, label: fieldKey });
  const compare = (next: Operator, field = fieldKey): Condition => {
    const choices = choicesOf(targets.find((candidate) => candidate.key === field));
    if (next === "notEmpty") return { field, notEmpty: true };
    if (next === "in") return { field, in: choices?.[0] ? [choices[0].value] : [""] };
    const type = targets.find((candidate) => candidate.key === field)?.field.type;
    return { field, equals: type === "checkbox" ? true : (choices?.[0]?.value ?? "") };
  };
  return (
    <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
      <Select
        label={t("adminForms.visual.conditionField")}
        data={fieldOptions}
        value={fieldKey || null}
        onChange={(value) => value && onChange(compare(operator, value))}
        allowDeselect={false}
        searchable
        error={issues.at(`${path}.field`)}
        miw={200}
      />
      <Select
        label={t("adminForms.visual.conditionOperator")}
        data={(["equals", "in", "notEmpty"] as const).map((value) => ({
          value,
          label: t(`adminForms.visual.operator.${value}`),
        }))}
        value={operator}
        onChange={(value) => value && onChange(compare(value as Operator))}
        allowDeselect={false}
        miw={160}
      />
      {operator !== "notEmpty" && (
        <ConditionValueInput
          condition={condition}
          operator={operator}
          target={target}
          error={issues.at(`${path}.${operator}`) ?? issues.rest(`${path}.${operator}`, [])[0]?.message}
          onChange={(value) => onChange({ field: fieldKey, [operator]: value })}
        />
      )}
    </Group>
  );
}

/** The value(s) compared with, in the input that suits the target field. */
function ConditionValueInput({
  condition,
  operator,
  target,
  error,
  onChange,
}: {
  condition: Condition;
  operator: "equals" | "in";
  target: ConditionTarget | undefined;
  error: string | undefined;
  onChange: (value: ConditionValue | ConditionValue[]) => void;
}) {
  const { t } = useTranslation();
  const label = t("adminForms.visual.conditionValue");
  const choices = choicesOf(target);
  const type = target?.field.type;
  const many = Array.isArray(condition.in) ? condition.in.map((value) => String(value)) : [];
  if (type === "checkbox") {
    return (
      <Select
        label={label}
        data={[
          { value: "true", label: t("adminForms.visual.ticked") },
          { value: "false", label: t("adminForms.visual.notTicked") },
        ]}
        value={String(condition.equals === true)}
        onChange={(value) => onChange(value === "true")}
        allowDeselect={false}
        error={error}
        miw={160}
      />
    );
  }
  if (choices && operator === "equals") {
    return (
      <Select
        label={label}
        data={choices}
        value={textOf(condition.equals) || null}
        onChange={(value) => onChange(value ?? "")}
        allowDeselect={false}
        error={error}
        miw={160}
      />
    );
  }
  if (choices) {
    return (
      <MultiSelect label={label} data={choices} value={many} onChange={onChange} error={error} miw={200} />
    );
  }
  const asNumbers = (values: string[]) => (type === "number" ? values.map(Number) : values);
  if (operator === "in") {
    return (
      <TagsInput
        label={label}
        value={many}
        onChange={(values) => onChange(asNumbers(values))}
        error={error}
        miw={200}
      />
    );
  }
  if (type === "number") {
    return (
      <NumberInput
        label={label}
        value={typeof condition.equals === "number" ? condition.equals : ""}
        onChange={(value) => onChange(typeof value === "number" ? value : "")}
        error={error}
        miw={120}
      />
    );
  }
  return (
    <TextInput
      label={label}
      value={textOf(condition.equals)}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      miw={160}
    />
  );
}
