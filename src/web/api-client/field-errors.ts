import { ApiError } from "./client.ts";

/**
 * The server's field-level problems (`errors[]` of a 400/422), keyed by path: `entries.1.to`,
 * `workingHours[0]` → `workingHours.0`. The first message of a path wins.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.fromServer) return {};
  const byPath: Record<string, string> = {};
  for (const { path, message } of error.problem.errors ?? []) {
    const key = normalizePath(path);
    byPath[key] ??= message;
  }
  return byPath;
}

export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

/** The message for `field` or for anything under it (`entries.1` also takes `entries.1.to`). */
export function errorUnder(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field] !== undefined) return errors[field];
  const nested = Object.keys(errors).find((path) => path.startsWith(`${field}.`));
  return nested === undefined ? undefined : errors[nested];
}
