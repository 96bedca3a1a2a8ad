import "./renderer.css";
import { Box, Button, Fieldset, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useEffectEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormDefinition, FormField, GroupField, SubField } from "../../domain/forms/definition.ts";
import { GROUP_MAX_ITEMS } from "../../domain/forms/definition.ts";
import { formatPath, type Issue } from "../../domain/forms/issues.ts";
import { type SubmissionResult, validateSubmission } from "../../domain/forms/validate-submission.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { groupItemOf, indexIssues, inputId, issuesInOrder, topKeyOf } from "./error-paths.ts";
import { type FieldContext, FieldInput } from "./FieldInput.tsx";
import { inputPathsOf, setIn } from "./input-paths.ts";
import { RequiredMark } from "./RequiredMark.tsx";
import { useAddressDirectory } from "./useAddressDirectory.ts";
import { visibilityOf } from "./visibility.ts";

interface FormRendererProps {
  /** A definition `validateFormDefinition` accepted (the published form, or the editor's draft). */
  definition: FormDefinition;
  /** What was filled in, keyed by field key (src/domain/forms/definition.ts). */
  value: Readonly<Record<string, unknown>>;
  onChange: (value: Record<string, unknown>) => void;
  /** The day of submission in Vietnam, `YYYY-MM-DD` (date bounds, ID numbers). */
  today: string;
  /** Every problem shown, with a summary above the form (after "check"); otherwise those of fields left. */
  showAllErrors?: boolean;
  /** Problems the server found (its check of the same data), shown with the browser's. */
  serverIssues?: readonly Issue[];
  /** Told every time the browser's check changes. */
  onResult?: (result: SubmissionResult) => void;
  /** Prefix of the inputs' ids (two renderers on one page need different ones). */
  idPrefix?: string;
  disabled?: boolean;
  /** Only these sections (by key) are shown, with only their problems in the summary: a form in steps. */
  sectionKeys?: readonly string[];
}

/**
 * The interactive e-form (CFG-2), rendered from its definition and checked on every change by the
 * same `validateSubmission` the server runs, so that both show the same problems at the same
 * places. Used by the portal's online submission and the form editor's preview (and the counter).
 */
export function FormRenderer({
  definition,
  value,
  onChange,
  today,
  showAllErrors = false,
  serverIssues,
  onResult,
  idPrefix = "mc-form",
  disabled = false,
  sectionKeys,
}: FormRendererProps) {
  const { t } = useTranslation();
  const hasAddress = useMemo(() => fieldsOf(definition).some((f) => f.type === "address"), [definition]);
  const chosen = useMemo(() => chosenProvinces(definition, value), [definition, value]);
  const addresses = useAddressDirectory(hasAddress, chosen);

  const result = useMemo(
    () =>
      validateSubmission(definition, value, {
        today,
        ...(addresses.directory ? { addresses: addresses.directory } : {}),
      }),
    [definition, value, today, addresses.directory],
  );
  const issues = result.ok ? [] : result.errors;
  const visibility = useMemo(() => visibilityOf(definition, value, issues), [definition, value, issues]);
  const index = useMemo(() => indexIssues(issues, serverIssues ?? []), [issues, serverIssues]);
  const paths = useMemo(() => inputPathsOf(definition, value, visibility), [definition, value, visibility]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());

  const report = useEffectEvent((checked: SubmissionResult) => onResult?.(checked));
  useEffect(() => report(result), [result]);

  const serverPaths = useMemo(() => new Set((serverIssues ?? []).map((i) => i.path)), [serverIssues]);
  const context: FieldContext = {
    index,
    idPrefix,
    disabled,
    today,
    addresses,
    showError: (path) => showAllErrors || touched.has(path) || serverPaths.has(path),
    touch: (path) => setTouched((known) => (known.has(path) ? known : new Set(known).add(path))),
    set: (path, next) => onChange(setIn(value, path, next)),
  };

  const shown = useMemo(() => shownFieldKeys(definition, sectionKeys), [definition, sectionKeys]);
  const summary = issuesInOrder(index, paths).filter((issue) => !shown || shown.has(topKeyOf(issue.path)));
  const itemNameOf = (path: string) => {
    const item = groupItemOf(path);
    const group = item && groupOf(definition, item.group);
    return item && group
      ? t("formRenderer.itemTitle", { item: group.itemLabel ?? group.label, n: item.n })
      : null;
  };

  return (
    <Stack gap="lg" data-testid="form-renderer">
      {showAllErrors && (
        <ErrorSummary issues={summary} idPrefix={idPrefix} inputPaths={paths} itemNameOf={itemNameOf} />
      )}
      {definition.sections.map((section, s) =>
        visibility.section(s) && (!sectionKeys || sectionKeys.includes(section.key)) ? (
          <Fieldset
            key={section.key}
            legend={
              <Title order={3} fz="lg" c="brand.8">
                {section.title}
              </Title>
            }
            variant="filled"
            data-testid={`form-section-${section.key}`}
          >
            {section.description && (
              <Text fz="sm" c="gray.7" mb="sm">
                {section.description}
              </Text>
            )}
            <Grid gap="md">
              {section.fields.map((field) =>
                visibility.field(field.key) ? (
                  <Grid.Col key={field.key} span={spanOf(field)}>
                    {field.type === "group" ? (
                      <GroupInput
                        field={field}
                        items={listOf(value[field.key])}
                        context={context}
                        subVisible={(i, key) => visibility.subField(field.key, i, key)}
                      />
                    ) : (
                      <FieldInput field={field} path={[field.key]} raw={value[field.key]} context={context} />
                    )}
                  </Grid.Col>
                ) : null,
              )}
            </Grid>
          </Fieldset>
        ) : null,
      )}
      {addresses.failed && (
        <Text c="red.9" fz="sm" role="alert">
          {t("formRenderer.addressesFailed")}
        </Text>
      )}
    </Stack>
  );
}

function GroupInput({
  field,
  items,
  context,
  subVisible,
}: {
  field: GroupField;
  items: readonly Record<string, unknown>[];
  context: FieldContext;
  subVisible: (index: number, key: string) => boolean;
}) {
  const { t } = useTranslation();
  const path = field.key;
  const max = Math.min(field.maxItems ?? GROUP_MAX_ITEMS, GROUP_MAX_ITEMS);
  const itemLabel = field.itemLabel ?? t("formRenderer.item");
  const error = context.showError(path) ? context.index.get(path)?.[0]?.message : undefined;
  const errorId = `${inputId(context.idPrefix, path)}-error`;

  function add() {
    context.touch(path);
    context.set([path], [...items, {}]);
  }
  function remove(index: number) {
    context.touch(path);
    context.set(
      [path],
      items.filter((_, i) => i !== index),
    );
  }

  return (
    <Fieldset
      id={inputId(context.idPrefix, path)}
      legend={
        <Text fw={600} component="span">
          {field.label}
          {field.required && <RequiredMark />}
        </Text>
      }
      aria-describedby={error ? errorId : undefined}
      data-testid={`form-group-${path}`}
      tabIndex={-1}
    >
      {field.help && (
        <Text fz="sm" c="gray.7" mb="xs">
          {field.help}
        </Text>
      )}
      <Stack gap="sm">
        {items.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t("formRenderer.noItems")}
          </Text>
        )}
        {items.map((item, i) => {
          const itemPath = formatPath([path, i]);
          const itemError = context.showError(itemPath)
            ? context.index.get(itemPath)?.[0]?.message
            : undefined;
          return (
            <Box
              // Items have no identity of their own: their position is what paths name.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={i}
              id={inputId(context.idPrefix, itemPath)}
              tabIndex={-1}
              className="mc-form-item"
              data-testid={`form-item-${itemPath}`}
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Text fw={700} fz="sm">
                  {t("formRenderer.itemTitle", { item: itemLabel, n: i + 1 })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.9"
                  onClick={() => remove(i)}
                  disabled={context.disabled}
                  aria-label={t("formRenderer.removeItemLabel", { item: itemLabel, n: i + 1 })}
                  data-testid={`form-remove-${itemPath}`}
                >
                  {t("formRenderer.removeItem")}
                </Button>
              </Group>
              {itemError && (
                <Text c="red.9" fz="sm" mb="xs">
                  {itemError}
                </Text>
              )}
              <Grid gap="sm">
                {field.fields.map((sub) =>
                  subVisible(i, sub.key) ? (
                    <Grid.Col key={sub.key} span={spanOf(sub)}>
                      <FieldInput
                        field={sub}
                        path={[path, i, sub.key]}
                        raw={item[sub.key]}
                        context={context}
                      />
                    </Grid.Col>
                  ) : null,
                )}
              </Grid>
            </Box>
          );
        })}
        {error && (
          <Text c="red.9" fz="sm" id={errorId}>
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            onClick={add}
            disabled={context.disabled || items.length >= max}
            data-testid={`form-add-${path}`}
          >
            {t("formRenderer.addItem", { item: itemLabel.toLocaleLowerCase("vi") })}
          </Button>
          {items.length >= max && (
            <Text fz="sm" c="gray.7">
              {t("formRenderer.maxItems", { count: max })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

function spanOf(field: FormField | SubField) {
  if (field.type === "group") return 12;
  if (field.width === "half") return { base: 12, sm: 6 };
  if (field.width === "third") return { base: 12, sm: 4 };
  return 12;
}

function listOf(raw: unknown): Record<string, unknown>[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : {},
  );
}

/** The top-level fields of the sections shown; null when the whole form is. */
function shownFieldKeys(
  definition: FormDefinition,
  sectionKeys: readonly string[] | undefined,
): ReadonlySet<string> | null {
  if (!sectionKeys) return null;
  const sections = definition.sections.filter((s) => sectionKeys.includes(s.key));
  return new Set(sections.flatMap((s) => s.fields.map((f) => f.key)));
}

function groupOf(definition: FormDefinition, key: string): GroupField | undefined {
  for (const section of definition.sections) {
    const field = section.fields.find((f) => f.key === key);
    if (field?.type === "group") return field;
  }
  return undefined;
}

function fieldsOf(definition: FormDefinition): (FormField | SubField)[] {
  return definition.sections.flatMap((s) =>
    s.fields.flatMap((f) => (f.type === "group" ? [f, ...f.fields] : [f])),
  );
}

/** The province codes chosen in the address fields (their communes are loaded for the lists and the check). */
function chosenProvinces(definition: FormDefinition, value: Readonly<Record<string, unknown>>): string[] {
  const codes: string[] = [];
  const take = (raw: unknown) => {
    if (typeof raw !== "object" || raw === null) return;
    const code = (raw as Record<string, unknown>).provinceCode;
    if (typeof code === "string" && code.trim() !== "") codes.push(code.trim());
  };
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === "address") take(value[field.key]);
      if (field.type !== "group") continue;
      const addressKeys = field.fields.filter((f) => f.type === "address").map((f) => f.key);
      if (addressKeys.length === 0) continue;
      for (const item of listOf(value[field.key])) for (const key of addressKeys) take(item[key]);
    }
  }
  return codes;
}
