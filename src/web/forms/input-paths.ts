import type { FormDefinition, FormField, SubField } from "../../domain/forms/definition.ts";
import { formatPath, type PathSegment } from "../../domain/forms/issues.ts";
import type { Visibility } from "./visibility.ts";

const ADDRESS_PARTS = ["provinceCode", "communeCode", "street"] as const;

/**
 * The paths of the inputs the renderer shows for `data`, in screen order: a field; an address and
 * its three parts; a group, each of its items and their sub-fields. These are the places problems
 * are shown (error-paths.ts).
 */
export function inputPathsOf(
  definition: FormDefinition,
  data: Readonly<Record<string, unknown>>,
  visibility: Visibility,
): string[] {
  const paths: string[] = [];
  const leaf = (field: FormField | SubField, at: PathSegment[]) => {
    paths.push(formatPath(at));
    if (field.type === "address") for (const part of ADDRESS_PARTS) paths.push(formatPath([...at, part]));
  };
  definition.sections.forEach((section, s) => {
    if (!visibility.section(s)) return;
    for (const field of section.fields) {
      if (!visibility.field(field.key)) continue;
      if (field.type !== "group") {
        leaf(field, [field.key]);
        continue;
      }
      paths.push(field.key);
      const items = data[field.key];
      const count = Array.isArray(items) ? items.length : 0;
      for (let i = 0; i < count; i++) {
        paths.push(formatPath([field.key, i]));
        for (const sub of field.fields) {
          if (visibility.subField(field.key, i, sub.key)) leaf(sub, [field.key, i, sub.key]);
        }
      }
    }
  });
  return paths;
}

/** `data` with the value at `path` replaced (undefined: removed), copying only what changes. */
export function setIn(
  data: Readonly<Record<string, unknown>>,
  path: readonly PathSegment[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return { ...data };
  const copy: Record<string, unknown> = { ...data };
  const key = String(head);
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  copy[key] = setInAny(copy[key], rest, value);
  return copy;
}

function setInAny(container: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(container) ? [...container] : [];
    list[head] = rest.length === 0 ? value : setInAny(list[head], rest, value);
    return list;
  }
  const object =
    typeof container === "object" && container !== null && !Array.isArray(container)
      ? (container as Record<string, unknown>)
      : {};
  return setIn(object, path, value);
}
