import { Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ConditionTarget,
  type DraftField,
  moveAt,
  newField,
  removeAt,
  replaceAt,
  textOf,
} from "./definition-edit.ts";
import { FieldCard } from "./FieldCard.tsx";
import type { IssueLookup } from "./issue-lookup.ts";

/** A key that changed: the conditions naming it follow (a group's sub-field: among its siblings). */
export interface KeyRename {
  from: string;
  to: string;
  group?: string;
}
export type FieldListChange<T> = (next: T, rename?: KeyRename) => void;

/**
 * The fields of a section or of a repeatable group, in order: each can be edited, moved up or
 * down and removed (a list keeps at least one field, as the domain requires); new fields go last.
 * Fields show as one line each until opened; a new field, or a list's only field, starts open.
 */
export function FieldList({
  fields,
  path,
  group,
  takenKeys,
  targetsFor,
  issues,
  onChange,
}: {
  fields: DraftField[];
  /** `sections[0].fields` or `sections[0].fields[3].fields`. */
  path: string;
  /** The repeatable group the list belongs to. */
  group?: DraftField;
  /** Keys used outside this list that share its scope (the other sections' fields). */
  takenKeys?: ReadonlySet<string>;
  targetsFor: (self: string | null, group?: DraftField) => ConditionTarget[];
  issues: IssueLookup;
  onChange: FieldListChange<DraftField[]>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<boolean[]>(() => fields.map(() => fields.length === 1));
  const keysBut = (except: number) =>
    new Set([...(takenKeys ?? []), ...fields.filter((_, i) => i !== except).map((f) => textOf(f.key))]);
  return (
    <Stack gap="sm" data-testid={group ? "form-group-field-list" : "form-field-list"}>
      {fields.map((field, i) => (
        <FieldCard
          // biome-ignore lint/suspicious/noArrayIndexKey: a field's key is edited in the card itself
          key={i}
          field={field}
          path={`${path}[${i}]`}
          position={i}
          count={fields.length}
          takenKeys={keysBut(i)}
          targets={targetsFor(textOf(field.key) || null, group)}
          targetsFor={targetsFor}
          inGroup={group !== undefined}
          issues={issues}
          open={open[i] ?? true}
          onToggle={() => setOpen(replaceAt(open, i, !(open[i] ?? true)))}
          onChange={(next, rename) => onChange(replaceAt(fields, i, next), rename)}
          onMove={(by) => {
            setOpen(moveAt(open, i, by));
            onChange(moveAt(fields, i, by));
          }}
          onRemove={() => {
            setOpen(removeAt(open, i));
            onChange(removeAt(fields, i));
          }}
        />
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            setOpen([...fields.map((_, i) => open[i] ?? false), true]);
            onChange([...fields, newField(keysBut(-1))]);
          }}
          data-testid={group ? "form-add-group-field" : "form-add-field"}
        >
          {group ? t("adminForms.visual.addGroupField") : t("adminForms.visual.addField")}
        </Button>
      </Group>
    </Stack>
  );
}
