import { isIsoDate } from "../calendar/dates.ts";
import { isRelativeBound, isValidDateBound, resolveDateBound } from "./date-bounds.ts";
import {
  type Condition,
  type ConditionValue,
  FormDefinition,
  type FormField,
  type GroupField,
  type SubField,
} from "./definition.ts";
import { formatPath, type Issue, issuesFromZod, type PathSegment, vietnameseZodError } from "./issues.ts";
import { compilePattern } from "./patterns.ts";

type DefinitionResult = { ok: true; definition: FormDefinition } | { ok: false; errors: Issue[] };

/**
 * Checks a form definition (CFG-2) before it is saved or published: the schema (field types,
 * lengths, unknown properties), then what a schema cannot say — duplicate keys and option
 * values, conditions naming unknown fields or values a field cannot take, conditions that depend
 * on each other in a circle, impossible ranges and patterns that do not compile. Every problem is
 * reported with its path (`sections[1].fields[2].visibleWhen.field`); nothing stops at the first.
 * Returns the parsed definition (text trimmed and NFC-normalised) when there is none.
 */
export function validateFormDefinition(input: unknown): DefinitionResult {
  const parsed = FormDefinition.safeParse(input, { error: vietnameseZodError, reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error) };
  const errors = checkDefinition(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition: parsed.data };
}

type Report = (path: PathSegment[], code: string, message: string) => void;

interface Declared {
  field: FormField | SubField;
  path: PathSegment[];
  node: string;
}

/** A node of the visibility graph: a section, a top-level field or a sub-field of a group. */
interface Edge {
  to: string;
  /** Path of the condition (`….visibleWhen`) when the edge comes from one. */
  condition?: PathSegment[];
}

function checkDefinition(definition: FormDefinition): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (path, code, message) => issues.push({ path: formatPath(path), code, message });
  const graph = new Map<string, Edge[]>();
  const names = new Map<string, string>();
  const addEdge = (from: string, edge: Edge) => {
    const edges = graph.get(from);
    if (edges) edges.push(edge);
    else graph.set(from, [edge]);
  };

  // Keys: sections among sections, top-level fields across the whole form, sub-fields per group.
  const sectionKeys = new Map<string, number>();
  const top = new Map<string, Declared>();
  const inGroups = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    const sectionPath = ["sections", s];
    const first = sectionKeys.get(section.key);
    if (first !== undefined) {
      report(
        [...sectionPath, "key"],
        "DUPLICATE_KEY",
        `Mã phần "${section.key}" trùng với phần thứ ${first + 1}.`,
      );
    } else sectionKeys.set(section.key, s);
    names.set(`s:${s}`, `phần “${section.title}”`);
    section.fields.forEach((field, f) => {
      const path = [...sectionPath, "fields", f];
      const earlier = top.get(field.key);
      if (earlier) {
        report(
          [...path, "key"],
          "DUPLICATE_KEY",
          `Mã trường "${field.key}" đã được dùng ở ${formatPath(earlier.path)}.`,
        );
        return;
      }
      top.set(field.key, { field, path, node: `f:${field.key}` });
      names.set(`f:${field.key}`, field.key);
      addEdge(`f:${field.key}`, { to: `s:${s}` });
      checkField(field, path, report);
      if (field.type === "group") {
        for (const sub of field.fields) if (!inGroups.has(sub.key)) inGroups.set(sub.key, field.key);
      }
    });
  });

  // References: conditions and the birth-date field of ID numbers.
  const unknown = (key: string, path: PathSegment[]) => {
    const group = inGroups.get(key);
    report(
      path,
      "UNKNOWN_FIELD",
      group
        ? `Trường "${key}" nằm trong nhóm lặp lại "${group}"; chỉ các trường trong cùng nhóm mới dùng được nó.`
        : `Không có trường "${key}" trong biểu mẫu.`,
    );
  };
  const condition = (
    from: string,
    owner: PathSegment[],
    visibleWhen: Condition | undefined,
    lookup: (key: string) => Declared | undefined,
  ) => {
    if (!visibleWhen) return;
    const path = [...owner, "visibleWhen"];
    const target = lookup(visibleWhen.field);
    if (!target) {
      unknown(visibleWhen.field, [...path, "field"]);
      return;
    }
    checkConditionValues(visibleWhen, target.field, path, report);
    addEdge(from, { to: target.node, condition: path });
  };
  const topLookup = (key: string) => top.get(key);
  definition.sections.forEach((section, s) => {
    condition(`s:${s}`, ["sections", s], section.visibleWhen, topLookup);
  });
  for (const declared of top.values()) {
    const { field, path, node } = declared;
    condition(node, path, field.visibleWhen, topLookup);
    if (field.type === "idNumber") checkBirthDateField(field, path, topLookup, report, unknown);
    if (field.type !== "group") continue;
    const siblings = new Map<string, Declared>();
    field.fields.forEach((sub, j) => {
      if (siblings.has(sub.key)) return;
      const subNode = `g:${field.key}.${sub.key}`;
      siblings.set(sub.key, { field: sub, path: [...path, "fields", j], node: subNode });
      names.set(subNode, `${field.key}[].${sub.key}`);
      addEdge(subNode, { to: node });
    });
    const groupLookup = (key: string) => siblings.get(key) ?? top.get(key);
    for (const sub of siblings.values()) {
      condition(sub.node, sub.path, sub.field.visibleWhen, groupLookup);
      if (sub.field.type === "idNumber")
        checkBirthDateField(sub.field, sub.path, groupLookup, report, unknown);
    }
  }

  for (const cycle of findCycles(graph)) {
    // Reported on the first condition of the circle, which the chain then starts from.
    const at = cycle.edges.findIndex((e) => e.condition);
    const closing = cycle.edges[at];
    if (!closing?.condition) continue;
    const nodes = [...cycle.nodes.slice(at), ...cycle.nodes.slice(0, at)];
    const chain = [...nodes, nodes[0] ?? ""].map((n) => names.get(n) ?? n).join(" → ");
    report(
      [...closing.condition, "field"],
      "CYCLIC_CONDITION",
      `Các điều kiện hiển thị phụ thuộc nhau thành vòng tròn: ${chain}.`,
    );
  }
  return issues;
}

function checkField(field: FormField | SubField, path: PathSegment[], report: Report): void {
  switch (field.type) {
    case "text":
    case "textarea":
      if (
        field.minLength !== undefined &&
        field.maxLength !== undefined &&
        field.minLength > field.maxLength
      ) {
        report([...path, "minLength"], "RANGE_INVALID", "Độ dài tối thiểu lớn hơn độ dài tối đa.");
      }
      if (field.type === "text" && field.pattern && !compilePattern(field.pattern.regex)) {
        report([...path, "pattern", "regex"], "PATTERN_INVALID", "Biểu thức chính quy không hợp lệ.");
      }
      return;
    case "number":
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        report([...path, "min"], "RANGE_INVALID", "Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.");
      }
      return;
    case "date":
      checkDateBounds(field.min, field.max, path, report);
      return;
    case "select":
    case "radio": {
      const seen = new Set<string>();
      field.options.forEach((option, i) => {
        if (seen.has(option.value)) {
          report(
            [...path, "options", i, "value"],
            "DUPLICATE_OPTION",
            `Giá trị lựa chọn "${option.value}" bị trùng.`,
          );
        }
        seen.add(option.value);
      });
      return;
    }
    case "group":
      checkGroup(field, path, report);
      return;
    default:
      return;
  }
}

function checkGroup(field: GroupField, path: PathSegment[], report: Report): void {
  if (field.minItems !== undefined && field.maxItems !== undefined && field.minItems > field.maxItems) {
    report([...path, "minItems"], "RANGE_INVALID", "Số mục tối thiểu lớn hơn số mục tối đa.");
  }
  if (field.required && field.maxItems === 0) {
    report([...path, "maxItems"], "RANGE_INVALID", "Nhóm bắt buộc phải cho phép ít nhất một mục.");
  }
  const seen = new Map<string, number>();
  field.fields.forEach((sub, j) => {
    const subPath = [...path, "fields", j];
    const first = seen.get(sub.key);
    if (first !== undefined) {
      report(
        [...subPath, "key"],
        "DUPLICATE_KEY",
        `Mã trường "${sub.key}" trùng với trường thứ ${first + 1} của nhóm.`,
      );
      return;
    }
    seen.set(sub.key, j);
    checkField(sub, subPath, report);
  });
}

/** A fixed day to compare two relative bounds with (their order does not depend on the day). */
const REFERENCE_DAY = "2026-01-15";

function checkDateBounds(
  min: string | undefined,
  max: string | undefined,
  path: PathSegment[],
  report: Report,
): void {
  let valid = true;
  for (const [name, bound] of [
    ["min", min],
    ["max", max],
  ] as const) {
    if (bound !== undefined && !isValidDateBound(bound)) {
      valid = false;
      report([...path, name], "DATE_BOUND_INVALID", `Mốc ngày "${bound}" không phải ngày có thật.`);
    }
  }
  if (!valid || min === undefined || max === undefined || isRelativeBound(min) !== isRelativeBound(max))
    return;
  const from = resolveDateBound(min, REFERENCE_DAY) ?? "";
  const to = resolveDateBound(max, REFERENCE_DAY) ?? "";
  if (from > to) report([...path, "min"], "RANGE_INVALID", "Ngày sớm nhất sau ngày muộn nhất.");
}

function checkConditionValues(
  condition: Condition,
  target: FormField | SubField,
  path: PathSegment[],
  report: Report,
): void {
  if (condition.notEmpty) return;
  const values: [ConditionValue, PathSegment[]][] =
    condition.equals !== undefined
      ? [[condition.equals, [...path, "equals"]]]
      : (condition.in ?? []).map((value, i) => [value, [...path, "in", i]]);
  for (const [value, at] of values) {
    const problem = conditionValueProblem(value, target);
    if (problem) report(at, "CONDITION_VALUE", problem);
  }
}

function conditionValueProblem(value: ConditionValue, target: FormField | SubField): string | undefined {
  const name = `“${target.label}”`;
  switch (target.type) {
    case "group":
    case "address":
      return `Trường ${name} chỉ dùng được với điều kiện notEmpty.`;
    case "select":
    case "radio":
      return typeof value === "string" && target.options.some((o) => o.value === value)
        ? undefined
        : `Giá trị ${JSON.stringify(value)} không có trong các lựa chọn của ${name}.`;
    case "checkbox":
      return typeof value === "boolean"
        ? undefined
        : `Trường ${name} là ô đánh dấu: so sánh với true hoặc false.`;
    case "number":
      return typeof value === "number" ? undefined : `Trường ${name} là số: giá trị so sánh phải là số.`;
    case "date":
      return typeof value === "string" && isIsoDate(value)
        ? undefined
        : `Trường ${name} là ngày: giá trị so sánh phải có dạng YYYY-MM-DD.`;
    default:
      return typeof value === "string"
        ? undefined
        : `Trường ${name} là chữ: giá trị so sánh phải là chuỗi ký tự.`;
  }
}

function checkBirthDateField(
  field: Extract<FormField, { type: "idNumber" }>,
  path: PathSegment[],
  lookup: (key: string) => Declared | undefined,
  report: Report,
  unknown: (key: string, path: PathSegment[]) => void,
): void {
  if (!field.birthDateField) return;
  const target = lookup(field.birthDateField);
  if (!target) {
    unknown(field.birthDateField, [...path, "birthDateField"]);
  } else if (target.field.type !== "date") {
    report(
      [...path, "birthDateField"],
      "BIRTH_DATE_FIELD",
      `Trường "${field.birthDateField}" không phải trường ngày nên không dùng để đối chiếu năm sinh được.`,
    );
  }
}

/** Cycles of the graph (each once), with the edges that form them, by depth-first search. */
function findCycles(graph: Map<string, Edge[]>): { nodes: string[]; edges: Edge[] }[] {
  const state = new Map<string, "open" | "done">();
  const cycles: { nodes: string[]; edges: Edge[] }[] = [];
  const seen = new Set<string>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number; via?: Edge }[] = [{ node: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const edges = graph.get(frame.node) ?? [];
      const edge = edges[frame.next++];
      if (!edge) {
        state.set(frame.node, "done");
        stack.pop();
        continue;
      }
      const status = state.get(edge.to);
      if (status === "open") {
        const from = stack.findIndex((f) => f.node === edge.to);
        const part = stack.slice(from);
        const nodes = part.map((f) => f.node);
        const id = [...nodes].sort().join("|");
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push({ nodes, edges: [...part.slice(1).map((f) => f.via as Edge), edge] });
        }
      } else if (status === undefined) {
        state.set(edge.to, "open");
        stack.push({ node: edge.to, next: 0, via: edge });
      }
    }
  }
  return cycles;
}
