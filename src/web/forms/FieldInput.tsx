import {
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Radio,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { resolveDateBound } from "../../domain/forms/date-bounds.ts";
import type { FormField, SubField } from "../../domain/forms/definition.ts";
import { formatPath, type PathSegment } from "../../domain/forms/issues.ts";
import { type IssueIndex, inputId, messageAt } from "./error-paths.ts";
import { parseNumber } from "./number-text.ts";
import { RequiredMark } from "./RequiredMark.tsx";
import type { AddressLists } from "./useAddressDirectory.ts";

/** What every input of a renderer shares. */
export interface FieldContext {
  index: IssueIndex;
  idPrefix: string;
  disabled: boolean;
  today: string;
  addresses: AddressLists;
  showError: (path: string) => boolean;
  touch: (path: string) => void;
  set: (path: readonly PathSegment[], value: unknown) => void;
}

type LeafField = Exclude<FormField, { type: "group" }> | SubField;

/** One field that is not a group: its input, label, help and the problem at its path. */
export function FieldInput({
  field,
  path: at,
  raw,
  context,
}: {
  field: LeafField;
  path: readonly PathSegment[];
  raw: unknown;
  context: FieldContext;
}) {
  const { t } = useTranslation();
  const path = formatPath(at);
  const id = inputId(context.idPrefix, path);
  const error = context.showError(path) ? messageAt(context.index, path) : undefined;
  const common = {
    id,
    label: field.label,
    description: field.help,
    placeholder: field.placeholder,
    withAsterisk: field.required ?? false,
    error,
    disabled: context.disabled,
    onBlur: () => context.touch(path),
    "data-testid": `form-input-${path}`,
    "data-path": path,
  };
  const text = typeof raw === "string" ? raw : "";
  const setText = (value: string) => context.set(at, value === "" ? undefined : value);

  switch (field.type) {
    case "text":
      return <TextInput {...common} value={text} onChange={(e) => setText(e.currentTarget.value)} />;
    case "textarea":
      return (
        <Textarea
          {...common}
          value={text}
          rows={field.rows ?? 4}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      );
    case "email":
      return (
        <TextInput
          {...common}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      );
    case "phone":
      return (
        <TextInput
          {...common}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      );
    case "idNumber":
      return (
        <TextInput
          {...common}
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      );
    case "date":
      return (
        <TextInput
          {...common}
          type="date"
          min={field.min ? resolveDateBound(field.min, context.today) : undefined}
          max={field.max ? resolveDateBound(field.max, context.today) : undefined}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      );
    case "number":
      return <NumberField common={common} unit={field.unit} raw={raw} onValue={(v) => context.set(at, v)} />;
    case "select":
      return (
        <NativeSelect
          {...common}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            context.touch(path);
          }}
          data={[{ value: "", label: t("formRenderer.choose") }, ...field.options]}
        />
      );
    case "radio":
      return (
        <Radio.Group
          id={id}
          label={field.label}
          description={field.help}
          withAsterisk={field.required ?? false}
          error={error}
          value={text}
          onChange={(value) => {
            setText(value);
            context.touch(path);
          }}
          data-testid={`form-input-${path}`}
          data-path={path}
        >
          <Group gap="lg" mt={6}>
            {field.options.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                disabled={context.disabled}
                data-testid={`form-option-${path}-${option.value}`}
              />
            ))}
          </Group>
        </Radio.Group>
      );
    case "checkbox":
      return (
        <Checkbox
          id={id}
          label={
            <>
              {field.label}
              {field.required && <RequiredMark />}
            </>
          }
          description={field.help}
          error={error}
          checked={raw === true}
          disabled={context.disabled}
          onChange={(e) => {
            context.set(at, e.currentTarget.checked);
            context.touch(path);
          }}
          data-testid={`form-input-${path}`}
          data-path={path}
        />
      );
    case "address":
      return <AddressInput field={field} at={at} raw={raw} context={context} />;
  }
}

function NumberField({
  common,
  unit,
  raw,
  onValue,
}: {
  common: Record<string, unknown> & { id: string };
  unit: string | undefined;
  raw: unknown;
  onValue: (value: number | string | undefined) => void;
}) {
  const shown = (value: unknown) =>
    typeof value === "number" ? String(value).replace(".", ",") : typeof value === "string" ? value : "";
  const [text, setText] = useState(() => shown(raw));
  const [previous, setPrevious] = useState(raw);
  if (raw !== previous) {
    // Changed from outside (reset, another version): show it, unless it is what the text already says.
    setPrevious(raw);
    if (parseNumber(text) !== raw) setText(shown(raw));
  }
  return (
    <TextInput
      {...common}
      inputMode="decimal"
      value={text}
      rightSection={
        unit ? (
          <Text fz="sm" c="gray.7">
            {unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={unit ? Math.max(36, unit.length * 9 + 16) : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const value = parseNumber(next);
        setPrevious(value);
        onValue(value);
      }}
    />
  );
}

function AddressInput({
  field,
  at,
  raw,
  context,
}: {
  field: Extract<LeafField, { type: "address" }>;
  at: readonly PathSegment[];
  raw: unknown;
  context: FieldContext;
}) {
  const { t } = useTranslation();
  const path = formatPath(at);
  const parts = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const part = (name: string) => (typeof parts[name] === "string" ? (parts[name] as string) : "");
  const province = part("provinceCode");
  const commune = part("communeCode");
  const street = part("street");
  const partPath = (name: string) => formatPath([...at, name]);
  const errorOf = (p: string) => (context.showError(p) ? messageAt(context.index, p) : undefined);
  const own = errorOf(path);
  const communes = province ? context.addresses.communesOf(province) : [];
  const provinces = context.addresses.provinces;

  function update(next: Record<string, string>) {
    const merged = { provinceCode: province, communeCode: commune, street, ...next };
    const empty = !merged.provinceCode && !merged.communeCode && !merged.street;
    context.set(at, empty ? undefined : merged);
  }
  const testId = (name: string) => `form-input-${partPath(name)}`;
  const select = (
    name: "provinceCode" | "communeCode",
    label: string,
    data: { value: string; label: string }[],
    value: string,
    extra: Record<string, unknown> = {},
  ) => (
    <NativeSelect
      id={inputId(context.idPrefix, partPath(name))}
      label={label}
      withAsterisk={field.required ?? false}
      value={value}
      data={data}
      error={errorOf(partPath(name))}
      disabled={context.disabled}
      onBlur={() => context.touch(partPath(name))}
      data-testid={testId(name)}
      data-path={partPath(name)}
      {...extra}
    />
  );

  return (
    <Fieldset
      id={inputId(context.idPrefix, path)}
      tabIndex={-1}
      legend={
        <Text fw={600} component="span">
          {field.label}
          {field.required && <RequiredMark />}
        </Text>
      }
      data-testid={`form-address-${path}`}
    >
      {field.help && (
        <Text fz="sm" c="gray.7" mb="xs">
          {field.help}
        </Text>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          {select(
            "provinceCode",
            t("formRenderer.province"),
            [
              {
                value: "",
                label: provinces ? t("formRenderer.chooseProvince") : t("formRenderer.loadingList"),
              },
              ...(provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
              // A code from elsewhere (pre-filled, an older list) stays visible rather than blank.
              ...(province && provinces && !provinces.some((p) => p.code === province)
                ? [{ value: province, label: province }]
                : []),
            ],
            province,
            {
              onChange: (e: ChangeEvent<HTMLSelectElement>) => {
                update({ provinceCode: e.currentTarget.value, communeCode: "" });
                context.touch(partPath("provinceCode"));
              },
            },
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          {select(
            "communeCode",
            t("formRenderer.commune"),
            [
              {
                value: "",
                label: !province
                  ? t("formRenderer.chooseProvinceFirst")
                  : communes === null
                    ? t("formRenderer.loadingList")
                    : t("formRenderer.chooseCommune"),
              },
              ...(communes ?? []).map((c) => ({ value: c.code, label: c.name })),
              ...(commune && communes && !communes.some((c) => c.code === commune)
                ? [{ value: commune, label: commune }]
                : []),
            ],
            commune,
            {
              disabled: context.disabled || !province,
              onChange: (e: ChangeEvent<HTMLSelectElement>) => {
                update({ communeCode: e.currentTarget.value });
                context.touch(partPath("communeCode"));
              },
            },
          )}
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            id={inputId(context.idPrefix, partPath("street"))}
            label={t("formRenderer.street")}
            placeholder={t("formRenderer.streetPlaceholder")}
            withAsterisk={(field.required ?? false) && field.requireStreet !== false}
            value={street}
            error={errorOf(partPath("street"))}
            disabled={context.disabled}
            onChange={(e) => update({ street: e.currentTarget.value })}
            onBlur={() => context.touch(partPath("street"))}
            data-testid={testId("street")}
            data-path={partPath("street")}
          />
        </Grid.Col>
      </Grid>
      {own && (
        <Text c="red.9" fz="sm" mt="xs">
          {own}
        </Text>
      )}
    </Fieldset>
  );
}
