import type { Issue } from "../../domain/forms/issues.ts";

/**
 * Where the problems of a submission are shown. `validateSubmission` (and the server's check) name
 * each problem by the path of the value: `hoTen`, `noiCuTru.communeCode`, `banSao[1].mucDich`,
 * `banSao` (the group itself), `banSao[1]` (one item). Every input of the renderer has one such path;
 * a problem whose path no input has is listed above the form instead of being lost.
 */
export type IssueIndex = ReadonlyMap<string, readonly Issue[]>;

/** The problems by path, each path's in the order they were found; the same problem twice is kept once. */
export function indexIssues(...lists: readonly (readonly Issue[])[]): IssueIndex {
  const index = new Map<string, Issue[]>();
  for (const issue of lists.flat()) {
    const path = normalizeIssuePath(issue.path);
    const list = index.get(path);
    const entry = { ...issue, path };
    if (!list) index.set(path, [entry]);
    else if (!list.some((i) => i.code === issue.code && i.message === issue.message)) list.push(entry);
  }
  return index;
}

/** `a.0.b` and `a[0].b` name the same value: problems use the bracket form. */
export function normalizeIssuePath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

/** The messages of the problems at exactly `path`. */
export function messagesAt(index: IssueIndex, path: string): string[] {
  return (index.get(path) ?? []).map((issue) => issue.message);
}

/** One message for an input: the first problem at its path (the others come once it is fixed). */
export function messageAt(index: IssueIndex, path: string): string | undefined {
  return index.get(path)?.[0]?.message;
}

/** The problems whose path no input of the form has (shown above the form). */
export function unplacedIssues(index: IssueIndex, inputPaths: ReadonlySet<string>): Issue[] {
  return [...index.entries()].filter(([path]) => !inputPaths.has(path)).flatMap(([, list]) => list);
}

/** Every problem, in the order of the inputs on screen, then the unplaced ones. */
export function issuesInOrder(index: IssueIndex, inputPaths: readonly string[]): Issue[] {
  const placed = inputPaths.flatMap((path) => index.get(path) ?? []);
  return [...placed, ...unplacedIssues(index, new Set(inputPaths))];
}

/** The HTML id of the input holding `path`: `mc-form-banSao-1-mucDich`. */
export function inputId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-")}`;
}

/** The top-level field a path starts with: `banSao[1].mucDich` → `banSao`. */
export function topKeyOf(path: string): string {
  return normalizeIssuePath(path).split(/[.[]/, 1)[0] ?? "";
}

/** The problems of the given top-level fields (one page of a form in steps). */
export function issuesOfFields(issues: readonly Issue[], keys: ReadonlySet<string>): Issue[] {
  return issues.filter((issue) => keys.has(topKeyOf(issue.path)));
}

/**
 * The item of a repeatable group a path is in (`nguoiThan[1].hoTen` → group `nguoiThan`, n = 2),
 * so that a problem of a field that repeats can name whose it is; null outside groups.
 */
export function groupItemOf(path: string): { group: string; n: number } | null {
  const match = /^([^.[\]]+)\[(\d+)\]/.exec(normalizeIssuePath(path));
  if (!match) return null;
  return { group: match[1] as string, n: Number(match[2]) + 1 };
}
