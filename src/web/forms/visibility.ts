import type { Condition, FormDefinition, FormField, SubField } from "../../domain/forms/definition.ts";
import { formatPath, type Issue, type PathSegment } from "../../domain/forms/issues.ts";
import { cleanDigits, normalizePhone } from "../../domain/forms/vn-identifiers.ts";

/**
 * Which sections and fields of a form are shown, decided exactly as `validateSubmission` decides
 * which it checks and keeps (src/domain/forms/validate-submission.ts): a condition sees the cleaned
 * value of a visible, valid field (an address: what was entered; a group: its items); a hidden or
 * invalid field counts as empty. Validity is read from the issues `validateSubmission` gave for the
 * same data, so that the renderer never hides a field the check requires, nor shows one it drops.
 */
export interface Visibility {
  section(index: number): boolean;
  /** A top-level field, by key (in a visible section). */
  field(key: string): boolean;
  /** A sub-field of one item of a repeatable group. */
  subField(groupKey: string, index: number, subKey: string): boolean;
}

/** Problems found after the fields were resolved; they do not change what conditions see. */
const LATE_CODES = new Set(["ID_BIRTH_YEAR_MISMATCH"]);

interface Resolved {
  visible: boolean;
  probe?: unknown;
}
const HIDDEN: Resolved = { visible: false };

interface Scope {
  resolve(key: string): Resolved;
}

export function visibilityOf(
  definition: FormDefinition,
  data: Readonly<Record<string, unknown>>,
  issues: readonly Issue[],
): Visibility {
  const invalid = new Set(issues.filter((i) => !LATE_CODES.has(i.code)).map((i) => i.path));
  const top = new Map<string, { field: FormField; section: number }>();
  definition.sections.forEach((section, index) => {
    for (const field of section.fields)
      if (!top.has(field.key)) top.set(field.key, { field, section: index });
  });
  const resolvedTop = new Map<string, Resolved>();
  const sections = new Map<number, boolean>();
  const visiting = new Set<string>();
  const itemScopes = new Map<string, Scope>();

  const topScope: Scope = {
    resolve(key) {
      const known = resolvedTop.get(key);
      if (known) return known;
      const entry = top.get(key);
      if (!entry || visiting.has(`f:${key}`)) return HIDDEN;
      visiting.add(`f:${key}`);
      const visible = sectionVisible(entry.section) && holds(entry.field.visibleWhen, topScope);
      const resolved = visible ? { visible, probe: probeOf(entry.field, data[key], [key], invalid) } : HIDDEN;
      visiting.delete(`f:${key}`);
      resolvedTop.set(key, resolved);
      return resolved;
    },
  };

  function sectionVisible(index: number): boolean {
    const known = sections.get(index);
    if (known !== undefined) return known;
    if (visiting.has(`s:${index}`)) return false;
    visiting.add(`s:${index}`);
    const visible = holds(definition.sections[index]?.visibleWhen, topScope);
    visiting.delete(`s:${index}`);
    sections.set(index, visible);
    return visible;
  }

  function itemScope(group: Extract<FormField, { type: "group" }>, index: number): Scope {
    const id = `${group.key}[${index}]`;
    const known = itemScopes.get(id);
    if (known) return known;
    const list = data[group.key];
    const raw = Array.isArray(list) ? list[index] : undefined;
    const item = isPlainObject(raw) ? raw : {};
    const byKey = new Map<string, SubField>();
    for (const sub of group.fields) if (!byKey.has(sub.key)) byKey.set(sub.key, sub);
    const resolved = new Map<string, Resolved>();
    const busy = new Set<string>();
    const scope: Scope = {
      resolve(key) {
        const sub = byKey.get(key);
        if (!sub) return topScope.resolve(key);
        const done = resolved.get(key);
        if (done) return done;
        if (busy.has(key)) return HIDDEN;
        busy.add(key);
        const result = holds(sub.visibleWhen, scope)
          ? { visible: true, probe: probeOf(sub, item[key], [group.key, index, key], invalid) }
          : HIDDEN;
        busy.delete(key);
        resolved.set(key, result);
        return result;
      },
    };
    itemScopes.set(id, scope);
    return scope;
  }

  return {
    section: sectionVisible,
    field: (key) => topScope.resolve(key).visible,
    subField(groupKey, index, subKey) {
      const entry = top.get(groupKey);
      if (entry?.field.type !== "group" || !topScope.resolve(groupKey).visible) return false;
      return itemScope(entry.field, index).resolve(subKey).visible;
    },
  };
}

function holds(condition: Condition | undefined, scope: Scope): boolean {
  if (!condition) return true;
  const target = scope.resolve(condition.field);
  const probe = target.visible ? target.probe : undefined;
  if (condition.notEmpty) return !isEmpty(probe);
  if (probe === undefined) return false;
  if (condition.equals !== undefined) return probe === condition.equals;
  return (condition.in ?? []).some((value) => value === probe);
}

/** What conditions on a visible field see (validate-submission.ts: `probe`). */
function probeOf(
  field: FormField | SubField,
  raw: unknown,
  path: PathSegment[],
  invalid: Set<string>,
): unknown {
  if (field.type === "group") return Array.isArray(raw) ? raw : undefined;
  if (field.type === "address") {
    if (!isPlainObject(raw)) return undefined;
    const part = (name: string) => (typeof raw[name] === "string" ? cleanLine(raw[name] as string) : "");
    const parts = {
      provinceCode: part("provinceCode"),
      communeCode: part("communeCode"),
      street: part("street"),
    };
    return parts.provinceCode || parts.communeCode || parts.street ? parts : undefined;
  }
  if (invalid.has(formatPath(path))) return undefined;
  switch (field.type) {
    case "checkbox":
      return raw === true;
    case "number":
      return typeof raw === "number" && Number.isFinite(raw) ? raw : undefined;
    default: {
      if (typeof raw !== "string") return undefined;
      const text = field.type === "textarea" ? cleanMultiline(raw) : cleanLine(raw);
      if (text === "") return undefined;
      if (field.type === "phone") return normalizePhone(text);
      if (field.type === "idNumber") return cleanDigits(text);
      return text;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every((part) => isEmpty(part));
  return false;
}

function cleanLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function cleanMultiline(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}
