import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { keyFollowsLabel, keyFromLabel, removeAt, replaceAt, textOf, uniqueKey } from "./definition-edit.ts";
import type { IssueLookup } from "./issue-lookup.ts";

type Option = Record<string, unknown>;

/**
 * The choices of a select or radio field: a label people read and the value stored, derived from
 * the label (without diacritics) until it is edited by hand.
 */
export function OptionsEditor({
  options,
  path,
  issues,
  onChange,
}: {
  options: Option[];
  /** Path of the list, `….options`. */
  path: string;
  issues: IssueLookup;
  onChange: (options: Option[]) => void;
}) {
  const { t } = useTranslation();
  const values = (except: number) =>
    new Set(options.filter((_, i) => i !== except).map((option) => textOf(option.value)));
  const relabel = (index: number, label: string) => {
    const option = options[index] ?? {};
    const value = textOf(option.value);
    const follows = keyFollowsLabel(value, textOf(option.label), "luaChon");
    const next = follows ? uniqueKey(keyFromLabel(label, "luaChon"), values(index)) : value;
    onChange(replaceAt(options, index, { ...option, label, value: next }));
  };
  return (
    <Input.Wrapper label={t("adminForms.visual.options")} error={issues.at(path)}>
      <Stack gap={6} mt={4} data-testid="options-editor">
        {options.map((option, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, values may repeat
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t("adminForms.visual.optionLabel", { n: i + 1 })}
              placeholder={t("adminForms.visual.optionLabelHint")}
              value={textOf(option.label)}
              onChange={(event) => relabel(i, event.currentTarget.value)}
              error={issues.at(`${path}[${i}].label`) ?? issues.at(`${path}[${i}]`)}
              flex={2}
            />
            <TextInput
              aria-label={t("adminForms.visual.optionValue", { n: i + 1 })}
              value={textOf(option.value)}
              onChange={(event) =>
                onChange(replaceAt(options, i, { ...option, value: event.currentTarget.value }))
              }
              error={issues.at(`${path}[${i}].value`)}
              styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
              flex={1}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              disabled={options.length <= 1}
              onClick={() => onChange(removeAt(options, i))}
              aria-label={t("adminForms.visual.removeOption", { n: i + 1 })}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              const label = t("adminForms.visual.newOption", { n: options.length + 1 });
              const value = uniqueKey(keyFromLabel(label, "luaChon"), values(-1));
              onChange([...options, { value, label }]);
            }}
          >
            {t("adminForms.visual.addOption")}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
