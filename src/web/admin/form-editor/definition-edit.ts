import type { FIELD_TYPES } from "../../../domain/forms/definition.ts";
import { foldForSearch } from "../../lib/search.ts";

/**
 * Editing an e-form definition (CFG-2) field by field: every change gives a new definition, which
 * the editor writes back as the JSON text and checks with the domain's `validateFormDefinition`.
 * The definition being edited may be wrong anywhere (it is what the author typed), so it is read
 * loosely: properties the visual editor does not know are kept as they are.
 */
export type FieldType = (typeof FIELD_TYPES)[number];

export interface DraftField {
  [property: string]: unknown;
  /** The sub-fields of a repeatable group. */
  fields?: DraftField[];
}
export interface DraftSection {
  [property: string]: unknown;
  fields: DraftField[];
}
export interface DraftDefinition {
  [property: string]: unknown;
  sections: DraftSection[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isObjectList = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) && value.every(isObject);

/**
 * The parsed JSON as a definition the visual editor can show: an object whose sections, fields
 * and groups' sub-fields are lists of objects; null otherwise (then only the JSON view edits it).
 */
export function editableDefinition(parsed: unknown): DraftDefinition | null {
  if (!isObject(parsed) || !isObjectList(parsed.sections)) return null;
  for (const section of parsed.sections) {
    if (!isObjectList(section.fields)) return null;
    for (const field of section.fields) {
      if (field.type === "group" && !isObjectList(field.fields)) return null;
    }
  }
  return parsed as DraftDefinition;
}

/** A property as text for an input ("" when missing or not text). */
export function textOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/** Sets (or, for `undefined` and "", removes) one property. */
export function withProperty<T extends Record<string, unknown>>(
  item: T,
  property: string,
  value: unknown,
): T {
  const next: Record<string, unknown> = { ...item };
  if (value === undefined || value === "") delete next[property];
  else next[property] = value;
  return next as T;
}

const KEY_MAX = 64;

/**
 * A key from a label, as the domain's keys are written: the words without diacritics in camelCase
 * ("Họ, chữ đệm và tên" → "hoChuDemVaTen"), starting with a letter.
 */
export function keyFromLabel(label: string, fallback = "truong"): string {
  const words = foldForSearch(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const key = words
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
  if (key === "") return fallback;
  return (/^[a-z]/.test(key) ? key : `${fallback}${key}`).slice(0, KEY_MAX);
}

/** `base`, or `base2`, `base3`… if it is taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, KEY_MAX - String(n).length)}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether `key` is still the one derived from `label` (then it follows the label as it is retyped). */
export function keyFollowsLabel(key: string, label: string, fallback?: string): boolean {
  const derived = keyFromLabel(label, fallback);
  return key === "" || key === derived || new RegExp(`^${derived}\\d+$`).test(key);
}

/** The properties every field type has (src/domain/forms/definition.ts `common`). */
const COMMON = ["key", "label", "help", "placeholder", "required", "visibleWhen", "prefill", "width"];

const firstOption = () => [{ value: "luaChon1", label: "Lựa chọn 1" }];
export const newField = (taken: ReadonlySet<string>): DraftField => ({
  key: uniqueKey("truongMoi", taken),
  type: "text",
  label: "Trường mới",
});

/**
 * The field as another type: what every type has is kept (label, key, condition…), what only the
 * old type had is dropped; choices keep their options, and a new group gets a first sub-field.
 */
export function withType(field: DraftField, type: FieldType): DraftField {
  const next: DraftField = { type };
  for (const property of COMMON) if (field[property] !== undefined) next[property] = field[property];
  if (type === "select" || type === "radio") {
    next.options = isObjectList(field.options) && field.options.length > 0 ? field.options : firstOption();
  }
  if (type === "group") {
    next.fields = field.fields && field.fields.length > 0 ? field.fields : [newField(new Set())];
  }
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with item `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveAt<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** The keys of the top-level fields, across every section (they must be unique form-wide). */
export function topLevelKeys(definition: DraftDefinition): string[] {
  return definition.sections.flatMap((section) => section.fields.map((field) => textOf(field.key)));
}

/** A field a condition may name: a top-level field, or a sibling inside the same group. */
export interface ConditionTarget {
  key: string;
  label: string;
  field: DraftField;
}

/** What a condition of a field in `group` (or at the top level) may look at, the field itself excepted. */
export function conditionTargets(
  definition: DraftDefinition,
  self: string | null,
  group?: DraftField,
): ConditionTarget[] {
  const siblings = group?.fields ?? [];
  const top = definition.sections.flatMap((section) => section.fields);
  const seen = new Set<string>();
  const targets: ConditionTarget[] = [];
  for (const field of [...siblings, ...top]) {
    const key = textOf(field.key);
    if (key === "" || key === self || seen.has(key) || field === group) continue;
    seen.add(key);
    targets.push({ key, label: textOf(field.label) || key, field });
  }
  return targets;
}

/**
 * Renames a field's key in the conditions (and ID numbers' birth-date field) that named it: a
 * top-level key everywhere, a group's sub-field key among its siblings only.
 */
export function renameReferences(
  definition: DraftDefinition,
  from: string,
  to: string,
  group?: string,
): DraftDefinition {
  if (from === "" || from === to) return definition;
  const renamed = <T extends Record<string, unknown>>(item: T): T => {
    let next = item;
    const condition = item.visibleWhen;
    if (isObject(condition) && condition.field === from) {
      next = { ...next, visibleWhen: { ...condition, field: to } };
    }
    if (item.birthDateField === from) next = { ...next, birthDateField: to };
    return next;
  };
  const inGroup = (field: DraftField): DraftField =>
    field.fields ? { ...field, fields: field.fields.map((sub) => renamed(sub)) } : field;
  return {
    ...definition,
    sections: definition.sections.map((section) => {
      if (group !== undefined) {
        return {
          ...section,
          fields: section.fields.map((field) => (field.key === group ? inGroup(field) : field)),
        };
      }
      return { ...renamed(section), fields: section.fields.map((field) => inGroup(renamed(field))) };
    }),
  };
}
