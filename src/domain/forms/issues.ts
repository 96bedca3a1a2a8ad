import type { z } from "zod";

/**
 * One problem found in a definition or a submission: where (`sections[1].fields[2].visibleWhen.field`,
 * `parents[0].fullName`; "" for the whole document), a stable machine code, and a Vietnamese
 * message for people. The workflow validator shares the shape.
 */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

export type PathSegment = string | number;

/** `["sections", 1, "fields", 2, "key"]` → `sections[1].fields[2].key`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "true hoặc false",
  object: "đối tượng",
  array: "danh sách",
};

/**
 * Vietnamese messages for the schema checks that carry none of their own; pass it as the `error`
 * option of `safeParse`. (Messages written in the schemas take precedence.)
 */
export function vietnameseZodError(issue: { code: string; input?: unknown; expected?: unknown }): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "bắt buộc phải có"
        : `phải là ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}`;
    case "invalid_value":
      return "giá trị không được hỗ trợ";
    case "unrecognized_keys":
      return "thuộc tính không được hỗ trợ";
    case "invalid_union":
      return "không đúng dạng nào được hỗ trợ";
    case "too_small":
      return "quá nhỏ hoặc quá ngắn";
    case "too_big":
      return "quá lớn hoặc quá dài";
    case "invalid_format":
      return "không đúng định dạng";
    default:
      return "không hợp lệ";
  }
}

const CODES: Record<string, string> = {
  invalid_type: "INVALID_TYPE",
  invalid_value: "INVALID_VALUE",
  too_small: "TOO_SMALL",
  too_big: "TOO_BIG",
  invalid_format: "INVALID_FORMAT",
};

/**
 * Schema problems as issues with paths (parse with `reportInput: true` so that a missing property
 * is told from a wrong one). Unknown properties give one issue per property; an unknown
 * discriminator (`type`, `kind`) is reported on that property.
 */
export function issuesFromZod(error: z.ZodError): Issue[] {
  const issues: Issue[] = [];
  for (const raw of error.issues) {
    const issue = raw as typeof raw & {
      keys?: string[];
      discriminator?: string;
      note?: string;
      params?: { code?: string };
      input?: unknown;
    };
    const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        issues.push({ path: formatPath([...path, key]), code: "UNKNOWN_PROPERTY", message: issue.message });
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.discriminator) {
      issues.push({
        path: formatPath(path),
        code: "UNKNOWN_TYPE",
        message: `loại "${String(discriminatorValue(issue.input, issue.discriminator))}" không được hỗ trợ`,
      });
      continue;
    }
    const code =
      issue.code === "custom"
        ? (issue.params?.code ?? "INVALID")
        : (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined
          ? "MISSING"
          : (CODES[issue.code] ?? "INVALID");
    issues.push({ path: formatPath(path), code, message: issue.message });
  }
  return issues;
}

function discriminatorValue(input: unknown, discriminator: string): unknown {
  return input && typeof input === "object" ? (input as Record<string, unknown>)[discriminator] : undefined;
}
